"""The converter (scripts/convert_corpora.py) on tiny inline fixtures, and, when the shared
sources are present, a check that the committed corpus files are up to date."""

from __future__ import annotations

import importlib.util
import json
import re
import sys
from pathlib import Path

import pytest

import corpora

REPO = Path(__file__).resolve().parents[2]
SCRIPT = REPO / "scripts" / "convert_corpora.py"
SHARED = REPO.parent / "shared" / "data" / "regulations"


@pytest.fixture(scope="module")
def conv():
    if not SCRIPT.exists():
        pytest.skip("scripts/convert_corpora.py not present (installed package)")
    spec = importlib.util.spec_from_file_location("convert_corpora_under_test", SCRIPT)
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod  # dataclasses need the module registered
    spec.loader.exec_module(mod)
    return mod


def _p(level, label, body, *, italic=False, extra_cls=""):
    lab = f"<em>{label}</em>" if italic else label
    cls = f"indent-{level}" + (f" {extra_cls}" if extra_cls else "")
    return (f'<p class="{cls}" data-title="x"><span class="paragraph-hierarchy"><span class="paren">(</span>{lab}'
            f'<span class="paren">)</span></span> {body}</p>')


PART_164 = f"""<html><body><nav>menu <p>not rule text</p></nav>
<div class="part" id="part-164"><h1>PART 164—SECURITY AND PRIVACY</h1>
<div class="authority"><h4 class="inline-header">Authority:</h4><p class="inline-paragraph">42 U.S.C. 1302(a)</p></div>
<div class="subpart" id="subpart-C"><h2>Subpart C—Security Standards</h2>
<div class="section" id="164.302"><h4>§ 164.302 Applicability.</h4><p>Out of scope.</p></div></div>
<div class="subpart" id="subpart-D"><h2>Subpart D—Notification in the Case of Breach</h2>
<div class="section" id="164.404">
<h4 data-hierarchy-metadata='{{"path":"/current/title-45/section-164.404"}}'>§ 164.404 Notification to individuals.</h4>
<div id="p-164.404(a)">{_p(1, "a", '<em class="paragraph-heading">Standard</em> —')}
<div id="p-164.404(a)(1)">{_p(2, "1", '<em class="paragraph-heading">General rule.</em>  A covered   entity shall notify.')}
<div id="p-164.404(a)(1)(i)">{_p(3, "i", 'First, per <a href="/x" class="cfr external">§ 164.412</a>;')}
<div id="p-164.404(a)(1)(i)(A)">{_p(4, "A", 'deep')}
<div id="p-164.404(a)(1)(i)(A)(1)">{_p(5, "1", 'italic one', italic=True)}</div>
</div></div></div></div>
<div id="p-164.404(b)">{_p(1, "b", '<em class="paragraph-heading">Timeliness.</em> in no case later than 60 calendar days.')}
</div>
<div id="p-164.404(d)">{_p(1, "d", 'Methods:')}
<div id="p-164.404(d)(1)">{_p(2, "1", '<em class="paragraph-heading">Written notice.</em> (i) By mail.')}
<p class="indent-2 no-hierarchy">(ii) To the next of kin.</p></div>
<div id="p-164.404(d)(2)">{_p(2, "2", 'Substitute notice.')}
<p class="indent-2 no-hierarchy">(i) Fewer than 10.</p>
<p class="indent-2 no-hierarchy">(ii) 10 or more, shall:</p>
<div id="p-164.404(d)(2)(A)">{_p(3, "A", 'Be posted; and')}</div>
</div></div>
<div id="p-164.404(e)">{_p(1, "e", '<em class="paragraph-heading">Header.</em> Contain this:')}
<div class="extract"><p class="flush-paragraph">“QUOTED NOTICE.”</p></div></div>
<p class="citation">[78 FR 5695, Jan. 25, 2013]</p>
</div></div>
<div class="subpart" id="subpart-E"><h2>Subpart E—Privacy</h2>
<div class="section" id="164.501"><h4>§ 164.501 Definitions.</h4>
<p>As used in this subpart:</p>
<div id="p-164.501(Marketing)"><p class="indent-1" data-term="true"><em class="paragraph-hierarchy">Marketing:</em> </p>
<div id="p-164.501(Marketing)(1)">{_p(2, "1", 'Marketing means a communication.')}</div>
<div id="p-164.501(Marketing)(2)">{_p(2, "2", '<em class="paragraph-heading">Financial remuneration</em>  means payment.')}</div>
</div></div></div>
</div><div class="seal-block"><h6>eCFR Content</h6></div>
<p>up to date as of 11/20/2023. Title 45 was last amended 10/11/2023.</p></body></html>"""

PART_160 = """<html><body><div class="part" id="part-160"><h1>PART 160</h1>
<div class="subpart" id="subpart-A"><h2>Subpart A—General Provisions</h2>
<div class="section" id="160.103"><h4>§ 160.103 Definitions.</h4>
<p>Except as otherwise provided, the following definitions apply to this subchapter: </p>
<p class="indent-1" id="p-160.103(Act)"><em class="paragraph-hierarchy">Act</em>   means the Social Security Act. </p>
<p class="indent-1" id="p-160.103(Business%20associate)"><em class="paragraph-hierarchy">Business associate:</em>  </p>
<p class="indent-2" id="p-160.103(ANSI)(1)"><span class="paragraph-hierarchy"><span class="paren">(</span>1<span class="paren">)</span></span> A person who: </p>
<p class="indent-3" id="p-160.103(Business%20associate)(1)(i)"><span class="paragraph-hierarchy"><span class="paren">(</span>i<span class="paren">)</span></span> Creates PHI. </p>
<p class="indent-1" id="p-160.103(Civil%20money%20penalty%20or%20penalty)"><span class="paragraph-hierarchy"><em>Civil money penalty</em> or <em>penalty</em></span>   means the amount. </p>
</div></div>
<div class="subpart" id="subpart-B"><h2>Subpart B—Preemption</h2>
<div class="section" id="160.201"><h4>§ 160.201 Statutory basis.</h4><p>Out of scope.</p></div></div>
</div></body></html>"""

GDPR = {
    "title": "General Data Protection Regulation", "abbrv": "GDPR", "regulation": "2016/679",
    "dated": "27/04/2016", "updated": "04/05/2016", "identifier": "L 119/1", "language": "EN", "about": "x",
    "chapters": [
        {"type": "chapter", "number": "I", "title": "General provisions", "contents": [
            {"type": "article", "number": "4", "title": "Definitions", "contents": [
                {"type": "text", "number": None, "text": "For the purposes of this Regulation:", "subpoints": []},
                {"type": "point", "number": "1", "text": "\u2018personal data\u2019 means any information;",
                 "subpoints": []},
                {"type": "point", "number": "2", "text": "\u2018consent\u2019 of the data subject means any  indication;",
                 "subpoints": []}]}]},
        {"type": "chapter", "number": "II", "title": "Principles", "contents": [
            {"type": "article", "number": "6", "title": "Lawfulness of processing", "contents": [
                {"type": "point", "number": "1", "text": "Processing shall be lawful only if:", "subpoints": [
                    {"type": "subpoint", "number": "a", "text": "the data subject has given consent;"},
                    {"type": "subpoint", "number": "b", "text": "contract;"}]},
                {"type": "text", "number": None, "text": "Point (f) of the first subparagraph shall not apply.",
                 "subpoints": []},
                {"type": "point", "number": "2", "text": "Member States may.", "subpoints": []}]}]},
        {"type": "chapter", "number": "IV", "title": "Controller and processor", "contents": [
            {"type": "section", "number": "2", "title": "Security of personal data", "contents": [
                {"type": "article", "number": "33", "title": "Notification", "contents": [
                    {"type": "point", "number": "1", "text": "not later than 72 hours\n after", "subpoints": []}]}]},
            {"type": "article", "number": "53", "title": "Members", "contents": [
                {"type": "point", "number": "1", "text": "appointed by:", "subpoints": [
                    {"type": "subpoint", "number": None, "text": "their parliament;"},
                    {"type": "subpoint", "number": None, "text": "their government."}]}]},
            {"type": "article", "number": "67", "title": "Exchange", "contents": [
                {"type": "text", "number": None, "text": "First.", "subpoints": []},
                {"type": "text", "number": None, "text": "Second.", "subpoints": []}]}]}],
    "recitals": [{"type": "recital", "number": "1", "text": "Para one.\n\n More  text."}],
    "citations": {"0": {"type": "citation", "number": "1", "text": "OJ C 229"}},
}


@pytest.fixture(scope="module")
def converted(conv, tmp_path_factory):
    data = tmp_path_factory.mktemp("data")
    (data / "subchapter-C_part-164.html").write_text(PART_164, encoding="utf-8")
    (data / "subchapter-C_part-160.html").write_text(PART_160, encoding="utf-8")
    (data / "gdpr.json").write_text(json.dumps(GDPR, ensure_ascii=False), encoding="utf-8")
    out = tmp_path_factory.mktemp("out")
    assert conv.main(["--data", str(data), "--out", str(out)]) == 0
    out.joinpath("data_dir.txt").write_text(str(data))  # for the determinism test
    return out


def test_fixture_hipaa(converted):
    c = corpora.read_corpus_file(converted / "hipaa.jsonl")
    assert c.name == "hipaa"
    assert c.version == "eCFR up to date as of 11/20/2023; Title 45 last amended 10/11/2023"
    assert [r.id for r in c.roots()] == ["hipaa:160.103", "hipaa:164.404", "hipaa:164.501"]  # scope only
    assert c.header["clauses"] == len(c)
    # nested paragraphs, headings, italic labels, links flattened, whitespace normalised
    a1 = c.get("hipaa:164.404(a)(1)")
    assert a1.title == "General rule." and a1.text == "General rule. A covered entity shall notify."
    assert c.get("hipaa:164.404(a)").title == "Standard" and c.get("hipaa:164.404(a)").text == "Standard —"
    assert c.get("hipaa:164.404(a)(1)(i)").text == "First, per § 164.412;"
    assert c.get("hipaa:164.404(a)(1)(i)(A)(1)").text == "italic one"
    assert c.get("hipaa:164.404(b)").url.endswith("#p-164.404(b)")
    # section metadata and history
    s = c.get("hipaa:164.404")
    assert s.meta == {"part": "164", "subpart": "D", "subpart_title": "Notification in the Case of Breach",
                      "history": "[78 FR 5695, Jan. 25, 2013]"}
    assert s.text == ""
    assert c.get("hipaa:164.501").text == "As used in this subpart:"
    # no-hierarchy repairs
    assert c.get("hipaa:164.404(d)(1)").text == "Written notice."
    assert c.get("hipaa:164.404(d)(1)(i)").text == "By mail."
    assert c.get("hipaa:164.404(d)(1)(ii)").text == "To the next of kin."
    assert [k.id for k in c.children("hipaa:164.404(d)(2)")] == [
        "hipaa:164.404(d)(2)(i)", "hipaa:164.404(d)(2)(ii)"]
    assert c.get("hipaa:164.404(d)(2)(ii)(A)").text == "Be posted; and"
    assert c.get("hipaa:164.404(d)(2)(A)").id == "hipaa:164.404(d)(2)(ii)(A)"
    # extract joined to its paragraph
    assert c.get("hipaa:164.404(e)").text == "Header. Contain this:\n“QUOTED NOTICE.”"
    # definitions: nested style and flat style with a wrong anchor
    m = c.get("hipaa:164.501/marketing")
    assert m.term == "Marketing" and m.text == "Marketing:" and m.kind == "definition"
    fr = c.get("hipaa:164.501/marketing(2)")
    assert fr.title is None and fr.text == "Financial remuneration means payment."  # italic term, not a heading
    assert fr.citation == "45 CFR 164.501, definition of \u201cMarketing\u201d, paragraph (2)"
    assert c.get("hipaa:160.103/act").text == "Act means the Social Security Act."
    ba1 = c.get("hipaa:160.103/business-associate(1)")
    assert ba1.notes and "ANSI" in ba1.notes[0]
    assert c.get("hipaa:160.103/business-associate(1)(i)").text == "Creates PHI."
    cmp = c.get("hipaa:160.103/civil-money-penalty-or-penalty")
    assert cmp.text == "Civil money penalty or penalty means the amount."
    assert "Out of scope." not in "".join(x.text for x in c)


def test_fixture_gdpr(converted):
    g = corpora.read_corpus_file(converted / "gdpr.jsonl")
    assert [r.id for r in g.roots()] == ["gdpr:art4", "gdpr:art6", "gdpr:art33", "gdpr:art53", "gdpr:art67",
                                         "gdpr:recital1"]
    assert g.get("gdpr:art4").text == "For the purposes of this Regulation:"
    assert g.get("gdpr:art4(2)").term == "consent" and g.get("gdpr:art4(2)").text.endswith("means any indication;")
    assert g.get("gdpr:art6(1)(a)").text == "the data subject has given consent;"
    sub = g.get("gdpr:art6(1)/sub2")
    assert sub.parent == "gdpr:art6(1)" and sub.citation == "Article 6(1) GDPR, second subparagraph"
    assert g.get("gdpr:art6(1)").children == ("gdpr:art6(1)(a)", "gdpr:art6(1)(b)", "gdpr:art6(1)/sub2")
    assert g.get("gdpr:art33").meta == {"chapter": "IV", "chapter_title": "Controller and processor",
                                        "section": "2", "section_title": "Security of personal data"}
    assert g.get("gdpr:art33(1)").text == "not later than 72 hours after"
    assert [k.label for k in g.children("gdpr:art53(1)")] == ["\u2014", "\u2014"]
    assert g.get("gdpr:art53(1)/indent2").text == "their government."
    assert g.get("gdpr:art67").text == "First.\nSecond."
    assert g.get("gdpr:recital1").text == "Para one.\nMore text."
    assert "CC BY 4.0" in g.license


def test_converter_is_deterministic(conv, converted, tmp_path):
    data = (converted / "data_dir.txt").read_text()
    conv.main(["--data", str(data), "--out", str(tmp_path), "--only", "gdpr"])
    assert (tmp_path / "gdpr.jsonl").read_bytes() == (converted / "gdpr.jsonl").read_bytes()
    assert not (tmp_path / "hipaa.jsonl").exists()


def test_converter_rejects_duplicates(conv):
    with pytest.raises(ValueError, match="duplicate"):
        conv.check_records([{"id": "x:1", "parent": None}, {"id": "x:1", "parent": None}])
    with pytest.raises(ValueError, match="parent"):
        conv.check_records([{"id": "x:1(a)", "parent": "x:1"}])


@pytest.mark.skipif(not SHARED.is_dir(), reason="shared regulation sources not present")
def test_committed_corpora_are_up_to_date(conv, tmp_path):
    """Re-converting ../shared/data/regulations reproduces the committed files byte for byte."""
    conv.main(["--data", str(SHARED), "--out", str(tmp_path)])
    for name in ("hipaa", "gdpr"):
        assert (tmp_path / f"{name}.jsonl").read_bytes() == (corpora.CORPORA_DIR / f"{name}.jsonl").read_bytes(), (
            f"corpora/{name}.jsonl is stale: run scripts/convert_corpora.py --data {SHARED} --out corpora/")


@pytest.mark.skipif(not SHARED.is_dir(), reason="shared regulation sources not present")
def test_hipaa_sections_reproduce_ecfr_text(conv):
    """Each converted section, printed label + text per clause, equals the eCFR section text (up to whitespace)."""
    hipaa = corpora.load("hipaa")
    checked = 0
    for fname in conv.HIPAA_FILES.values():
        root = conv.parse_html((SHARED / fname).read_text(encoding="utf-8"))
        for sec in root.iter():
            if not (sec.tag == "div" and sec.has_class("section")):
                continue
            sid = f"hipaa:{sec.attrs['id']}"
            if sid not in hipaa:
                continue
            parts: list[str] = []

            def walk(node):
                for ch in node.children:
                    if isinstance(ch, str):
                        parts.append(ch)
                    elif ch.tag != "h4" and not ch.has_class("citation"):
                        walk(ch)

            walk(sec)
            src = conv.norm_ws("".join(parts))
            clauses = [hipaa.get(sid), *hipaa.descendants(sid)]
            mine = " ".join(
                ((c.label + " ") if c.label and c.kind != "section" else "") + c.text for c in clauses
            )
            assert conv.norm_ws(mine) == src, sid
            checked += 1
    assert checked == 35


@pytest.mark.skipif(not SHARED.is_dir(), reason="shared regulation sources not present")
def test_gdpr_texts_all_present():
    """Every article text item and recital of gdpr.json is some clause's text (whitespace-normalised)."""
    data = json.loads((SHARED / "gdpr.json").read_text(encoding="utf-8"))
    gdpr = corpora.load("gdpr")
    texts = {" ".join(c.text.split()) for c in gdpr}
    texts |= {" ".join(b.split()) for c in gdpr for b in c.text.split("\n")}
    missing = []

    def walk(o):
        if isinstance(o, dict):
            if o.get("type") in ("point", "text", "subpoint", "recital"):
                if " ".join(o["text"].split()) not in texts:
                    missing.append(o["text"][:60])
            for v in o.values():
                walk(v)
        elif isinstance(o, list):
            for v in o:
                walk(v)

    walk(data["chapters"])
    walk(data["recitals"])
    assert not missing
    assert all(re.fullmatch(r"gdpr:(art\d+|recital\d+)\S*", c.id) for c in gdpr)


GOLDCOIN = REPO.parent / "shared" / "data" / "goldcoin"


@pytest.mark.skipif(not GOLDCOIN.is_dir(), reason="shared GoldCoin data not present")
def test_goldcoin_provision_ids_resolve():
    """GoldCoin's refer_id / generate_regulation_ids (Privacy Rule paragraphs) all name corpus clauses."""
    import ast
    import csv

    hipaa = corpora.load("hipaa")
    ids: set[str] = set()
    for f in GOLDCOIN.glob("*_hipaa_*.csv"):
        with f.open(encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh):
                ids.add(row["refer_id"])
                ids.update(ast.literal_eval(row["generate_regulation_ids"] or "[]"))
    ids.discard("")
    missing = sorted(i for i in ids if f"hipaa:{i}" not in hipaa)
    assert len(ids) > 300
    assert missing == ["164.314(a)(1)"]  # Security Rule (Subpart C) is out of scope
