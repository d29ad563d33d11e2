"""Reviewed HIPAA/GDPR trees, pcd.hipaa / pcd.gdpr, and their explanations (no model, no ../shared)."""

import json
import re

import pytest

import corpora
import pcd
import trees
from pcd import gdpr, hipaa
from pcd.eval.gdpr import evaluate_gdpr, load_cases
from pcd.packs import PACK_NAMES, UnknownProvisionError, load_pack, pack_path, provision, resolve_pack_reference
from pcd.regulation import validate_regulation_explanation

HIPAA_CORE = ["hipaa:164.502(a)", "hipaa:164.502(b)", "hipaa:164.506", "hipaa:164.508(a)(1)", "hipaa:164.508(a)(2)",
              "hipaa:164.508(a)(3)", "hipaa:164.508(a)(4)", "hipaa:164.508(b)", "hipaa:164.510(a)", "hipaa:164.510(b)",
              *[f"hipaa:164.512({x})" for x in "abcdefghijkl"], "hipaa:164.514(b)", "hipaa:164.524",
              "hipaa:164.404", "hipaa:164.406", "hipaa:164.408", "hipaa:164.410"]
GDPR_CORE = ["gdpr:art5", "gdpr:art6(1)", "gdpr:art7", "gdpr:art8", "gdpr:art9(2)", "gdpr:art12", "gdpr:art13",
             "gdpr:art14", "gdpr:art15", "gdpr:art16", "gdpr:art17", "gdpr:art21", "gdpr:art22", "gdpr:art25",
             "gdpr:art28", "gdpr:art32", "gdpr:art33", "gdpr:art34", "gdpr:art35", "gdpr:art44", "gdpr:art49"]


def assert_verbatim(citation_dicts):
    for c in citation_dicts:
        cid = c["clause_id"]
        corpus = corpora.load(cid.split(":")[0])
        assert cid in corpus, cid
        assert corpus.verify_quote(cid, c["quote"]), (cid, c["quote"])


@pytest.mark.parametrize("name", PACK_NAMES)
def test_pack_files_load_and_record_review(name):
    doc = json.loads(pack_path(name).read_text(encoding="utf-8"))
    assert doc["format"] == "pcd.pack/1"
    assert doc["review"]["status"] == "reviewed" and doc["review"]["reviewed_by"] == "pcd maintainers"
    assert doc["review"]["date"]
    pack = load_pack(name)
    assert len(pack.provisions) == len(doc["provisions"])
    for prov in pack.provisions:
        trees.validate(trees.to_dict(prov.policy.tree))  # a valid pcd.tree/1 document
        assert prov.applicability, f"{prov.id} has no applicability gate"


def test_core_provisions_covered():
    assert set(HIPAA_CORE) <= set(load_pack("hipaa").ids)
    assert set(GDPR_CORE) <= set(load_pack("gdpr").ids)


@pytest.mark.parametrize("name", PACK_NAMES)
def test_every_question_cites_an_existing_clause_verbatim(name):
    corpus = corpora.load(name)
    for prov in load_pack(name).provisions:
        pol = prov.policy
        assert pol.text.startswith(corpus.get(prov.id).display())
        for clause in pol.clauses:
            assert pol.text[clause.start:clause.end] == clause.text
        for q in pol.questions:
            c = q.citation
            assert c.clause_id in corpus
            assert pol.text[c.start:c.end] == c.quote
            assert corpus.verify_quote(c.clause_id, c.quote)
            assert q.text.endswith("?")


def test_resolve_pack_reference():
    assert resolve_pack_reference("hipaa:164.508(a)(1)").policy_id == "hipaa:164.508(a)(1)"
    assert resolve_pack_reference("gdpr:art6(1)(a)").policy_id == "gdpr:art6(1)"
    assert provision("hipaa:164.512(f)(1)(ii)").id == "hipaa:164.512(f)"
    assert resolve_pack_reference("You can park here if you live in Wales.") is None
    with pytest.raises(UnknownProvisionError):
        resolve_pack_reference("hipaa:164.530(c)")


def test_pcd_check_on_a_pack_reference():
    r = pcd.check("hipaa:164.508(a)(1)", answers={"ce": "yes", "phi": "yes", "authorized": "yes", "defective": "no",
                                                  "consistent": "yes"}, answerer="majority")
    assert r.label == "compliant"
    assert_verbatim([c.to_dict() for c in r.citations])


def test_not_a_covered_entity_is_not_applicable():
    r = hipaa.check("", provisions=["164.508(a)(1)", "164.512(f)", "164.404"], answers={"ce": "no"},
                    answerer="majority")
    assert r.label == "not_applicable"
    assert all(p.applicable == "no" and p.label == "not_applicable" for p in r.provisions)
    r = gdpr.check("", provisions=["art6(1)"], answers={"personal_data": "no"}, answerer="majority")
    assert r.label == "not_applicable"


HIPAA_WORKED = [
    # (provisions, answers, expected label)
    (["164.508(a)(1)"], {"ce": "yes", "phi": "yes", "authorized": "no"}, "non_compliant"),
    (["164.512(f)"], {"ce": "yes", "phi": "yes", "law_enforcement": "yes", "process": "yes"}, "compliant"),
    (["164.404"], {"ce": "yes", "breach": "yes", "unsecured": "yes", "notified": "yes", "within_60": "no"},
     "non_compliant"),
    (["164.404"], {"ce": "yes", "breach": "yes", "unsecured": "yes", "notified": "yes"}, "undetermined"),
    (["164.508(a)(2)"], {"ce": "yes", "psychotherapy_notes": "no"}, "not_applicable"),
    (["164.506", "164.508(a)(1)"], {"ce": "yes", "phi": "yes", "special": "no", "own_tpo": "yes", "authorized": "no"},
     "compliant"),
    (["164.502(a)(5)(i)"], {"ce": "yes", "phi": "yes", "health_plan": "yes", "genetic": "yes", "underwriting": "yes"},
     "non_compliant"),
    # a revoked authorization is defective, whatever else holds
    (["164.508(b)"], {"ce": "yes", "phi": "yes", "authorized": "yes", "revoked": "yes"}, "non_compliant"),
    (["164.508(b)"], {"ce": "yes", "phi": "yes", "authorized": "yes", "expired": "no", "incomplete": "no",
                      "revoked": "no", "false_info": "no", "compound": "no", "conditioned": "no"}, "compliant"),
    # a health plan may condition enrollment on an authorization it asked for before enrollment
    (["164.508(b)"], {"ce": "yes", "phi": "yes", "authorized": "yes", "expired": "no", "incomplete": "no",
                      "revoked": "no", "false_info": "no", "compound": "no", "conditioned": "yes",
                      "conditioning_allowed": "yes"}, "compliant"),
]


@pytest.mark.parametrize("provisions, answers, expected", HIPAA_WORKED)
def test_hipaa_hand_worked(provisions, answers, expected):
    r = hipaa.check("", provisions=provisions, answers=answers, answerer="majority")
    assert r.label == expected, r.reason
    doc = r.to_dict()
    validate_regulation_explanation(doc)
    assert_verbatim(doc["citations"])
    for p in doc["provisions"]:
        assert_verbatim(p["explanation"]["citations"])


def test_gdpr_72_hours():
    base = {"personal_data": "yes", "breach": "yes", "unlikely_risk": "no", "notified": "yes"}
    late = gdpr.check("", provisions=["art33"], answers={**base, "within_72": "no", "reasons": "no"}, answerer="majority")
    assert late.label == "non_compliant"
    assert {c.clause_id for c in late.citations} == {"gdpr:art33(1)"}
    ok = gdpr.check("", provisions=["art33"], answers={**base, "within_72": "yes"}, answerer="majority")
    assert ok.label == "compliant"
    per_provision = gdpr.check("", provisions=["art33", "art34"],
                               answers={"gdpr:art33": {**base, "within_72": "yes"}, "gdpr:art34": {"high_risk": "no"}},
                               answerer="majority")
    assert [p.applicable for p in per_provision.provisions] == ["yes", "no"]


def test_gdpr_benchmark_outputs_cite_verbatim():
    """Every output of ``pcd eval gdpr`` (given mode) cites existing clauses with verbatim quotes."""
    report = evaluate_gdpr(modes=["given"], keep_outputs=True)
    assert report["given"]["macro_f1"] == 1.0, report["given"]["errors"]
    outputs = report["given"]["outputs"]
    assert len(outputs) == len(load_cases()) >= 30
    for doc in outputs:
        validate_regulation_explanation(doc)
        assert_verbatim(doc["citations"])
        for p in doc["provisions"]:
            assert_verbatim(p["explanation"]["citations"])
            for a in p["explanation"]["answers"]:
                assert a["clause_id"] is None or a["clause_id"] in corpora.load(a["clause_id"].split(":")[0])


def test_gdpr_cases_are_well_formed():
    pack = load_pack("gdpr")
    for case in load_cases():
        assert case["label"] in ("compliant", "non_compliant", "undetermined", "not_applicable")
        assert case["reasoning"] and case["scenario"]
        for pid in case["provisions"]:
            assert pid in pack.ids


def test_trained_retrieval_model_is_well_formed():
    from pcd.regulation import trained_retrieval

    model = trained_retrieval("hipaa")
    assert model is not None and "__na__" in model["classes"]
    assert model["W"].shape == (len(model["classes"]), 384)
    assert set(model["classes"]) - {"__na__", "__other__"} <= set(load_pack("hipaa").ids)
    assert trained_retrieval("gdpr") is None


def test_regulation_result_json_round_trip():
    r = gdpr.check("", provisions=["art6(1)", "art9(2)"],
                   answers={"personal_data": "yes", "in_scope": "yes", "consent": "yes", "special": "no"},
                   answerer="majority")
    assert r.label == "compliant"
    assert [p.applicable for p in r.provisions] == ["yes", "no"]
    doc = json.loads(r.to_json())
    validate_regulation_explanation(doc)
    assert doc["schema"] == "pcd.regulation-explanation/1"
    assert doc["deciding"] == ["gdpr:art6(1)"]
    assert all(p["explanation"]["schema"] == "pcd.explanation/1" for p in doc["provisions"])


def test_undetermined_lists_missing_questions():
    r = hipaa.check("", provisions=["164.512(e)"], answers={"ce": "yes", "phi": "yes", "subpoena": "yes"},
                    answerer="majority")
    assert r.label == "undetermined"
    assert r.missing and r.missing[0][0] == "hipaa:164.512(e)"
    doc = r.to_dict()
    assert doc["missing"][0]["clause_id"].startswith("hipaa:164.512(e)")


@pytest.mark.parametrize("answers, message", [
    ({"authorised": "no"}, "did you mean 'authorized'"),
    ({"hipaa:164.508(a)(1)": {"authorized": "perhaps"}}, "expected"),
    ({"164.508(a)(1)": {"sale": "yes"}}, "which it does not ask"),
])
def test_answers_naming_nothing_in_the_pack_are_refused(answers, message):
    from pcd import hipaa
    from pcd.errors import PcdError

    with pytest.raises(PcdError, match=re.escape(message)):
        hipaa.check("", provisions=["hipaa:164.508(a)(1)"], answers=answers, answerer="majority")


def test_provision_answers_by_local_id():
    from pcd import hipaa

    r = hipaa.check("", provisions=["164.508(a)(1)"], answers={"ce": "yes", "phi": "yes",
                                                              "164.508(a)(1)": {"authorized": "no"}},
                    answerer="majority")
    assert r.label == "non_compliant"
