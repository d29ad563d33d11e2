"""pcd hipaa|gdpr check|provisions, and pcd explain on their saved output (given answers, fast answerers)."""

import json

import corpora
import pytest

from pcd.regulation import validate_regulation_explanation

AUTH = "164.508(a)(1)"


def write(tmp_path, name, doc):
    path = tmp_path / name
    path.write_text(json.dumps(doc), encoding="utf-8")
    return path


def test_provisions_lists_the_reviewed_trees(run):
    code, out, _ = run("hipaa", "provisions", "--json")
    rows = json.loads(out)
    assert code == 0 and "hipaa:164.508(a)(1)" in {r["id"] for r in rows}
    assert all(r["questions"] > 0 and r["kind"] in ("permission", "obligation", "restriction") for r in rows)
    code, out, _ = run("gdpr", "provisions")
    assert code == 0 and "gdpr:art6(1)" in out


def test_a_missing_authorization_is_non_compliant_and_cites_the_rule_verbatim(run, tmp_path):
    answers = write(tmp_path, "a.json", {"ce": "yes", "phi": "yes", f"hipaa:{AUTH}": {"authorized": "no"}})
    out_file = tmp_path / "r.json"
    code, out, _ = run("hipaa", "check", "-P", AUTH, "-a", answers, "--answerer", "majority", "--json", out_file)
    doc = json.loads(out_file.read_text(encoding="utf-8"))
    validate_regulation_explanation(doc)
    assert code == 0 and doc["label"] == "non_compliant" and "non-compliant" in out
    cite = next(c for c in doc["citations"] if c["question_id"] == "authorized")
    assert cite["clause_id"] == f"hipaa:{AUTH}" and cite["quote"] in corpora.get(cite["clause_id"]).text
    assert cite["quote"] in out
    code, out, _ = run("explain", out_file, "--brief")  # the saved explanation reads back, same exit code
    assert code == 0 and "non-compliant" in out


def test_an_open_gate_is_what_to_find_out_next(run, tmp_path):
    answers = write(tmp_path, "a.json", {"phi": "yes", "authorized": "no"})
    code, out, _ = run("hipaa", "check", "-P", AUTH, "-a", answers, "--answerer", "majority", "--json", "-")
    doc = json.loads(out)
    assert code == 3 and doc["label"] == "undetermined"
    assert [(m["provision"], m["question_id"]) for m in doc["missing"]] == [(f"hipaa:{AUTH}", "ce")]


@pytest.mark.parametrize("answers, message", [
    ({"authorised": "no"}, "did you mean 'authorized'"),
    ({"ce": "maybe"}, "expected \"yes\", \"no\" or \"unknown\""),
    ({"hipaa:164.999": {"ce": "yes"}}, "does not have"),
    ({f"hipaa:{AUTH}": {"marketing": "yes"}}, "which it does not ask"),
    (["ce"], "must be a JSON object"),
])
def test_bad_answers_are_one_clear_error_and_nothing_is_written(run, tmp_path, answers, message):
    out_file = tmp_path / "r.json"
    code, _, err = run("hipaa", "check", "-a", write(tmp_path, "a.json", answers), "--answerer", "majority",
                       "--json", out_file)
    assert code == 2 and message in err and len(err.strip().splitlines()) == 1
    assert not out_file.exists()


def test_usage_errors(run, tmp_path):
    code, _, err = run("gdpr", "check")
    assert code == 2 and "--scenario" in err
    code, _, err = run("hipaa", "check", "-P", "164.999", "-s", "x", "--answerer", "majority")
    assert code == 2 and "164.999" in err
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"schema": "pcd.regulation-explanation/1", "label": "maybe"}), encoding="utf-8")
    code, _, err = run("explain", bad)
    assert code == 2 and "not a valid pcd.regulation-explanation/1" in err


def test_a_label_from_uniform_model_answers_is_printed_with_a_warning(run, tmp_path):
    import pcd.hipaa
    from pcd.answering.baselines import MajorityAnswerer

    doc = pcd.hipaa.check("A clinic sent a chart to an employer.", provisions=["164.508(b)"],
                          answerer=MajorityAnswerer("yes")).to_dict()
    code, out, _ = run("explain", write(tmp_path, "r.json", doc))
    assert "warning:" in out and "answered all" in out


def test_each_provision_is_one_line_on_a_narrow_terminal(run, tmp_path, monkeypatch):
    from pcd.cli.app import console

    monkeypatch.setattr(console, "width", 80)
    answers = write(tmp_path, "a.json", {"ce": "yes", "phi": "yes"})
    code, out, _ = run("hipaa", "check", "-P", AUTH, "-P", "164.510(a)", "-a", answers, "--answerer", "majority")
    rows = [line for line in out.splitlines() if line.startswith("│") and "hipaa:" in line]
    assert [line.split("│")[2].strip() for line in rows] == ["hipaa:164.508(a)(1)", "hipaa:164.510(a)"]
    assert all(len(line) <= 80 and line.rstrip().endswith("│") for line in rows), out
