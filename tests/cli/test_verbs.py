"""pcd parse, check, explain, tree render/--highlight, corpora, help and errors (in-process, fast answerers)."""

import json
import re
import shutil
from importlib import resources

import pytest

from pcd.check import explanation_schema
from pcd.cli import main

EXAMPLES = resources.files("pcd") / "examples"
POLICY = str(EXAMPLES / "family_sharing.md")  # OR(q1, NOT(q2), q3)
TREE = str(EXAMPLES / "family_sharing.tree.json")
ANSWERS = str(EXAMPLES / "family_sharing.answers.json")


def one_line_error(err: str) -> bool:
    return "Traceback" not in err and len(err.strip().splitlines()) == 1


# ---------------------------------------------------------------- parse


def test_parse_text_and_formats(run, tmp_path):
    code, out, _ = run("parse", POLICY)
    assert code == 0
    assert "tree: OR(q1, AND(q2, NOT(q3)), AND(q4, q5))" in out
    assert "q1: Does the patient agree to the sharing? [bullet 1]" in out and "q3: Does the patient object?" in out
    assert "conclusion: You may share" in out and "(positive)" in out
    assert run("parse", POLICY, "--format", "linear")[1].strip() == "OR(q1, AND(q2, NOT(q3)), AND(q4, q5))"
    assert run("parse", POLICY, "-f", "dot")[1].startswith("digraph tree")
    assert "flowchart TD" in run("parse", POLICY, "-f", "mermaid")[1]
    doc = json.loads(run("parse", POLICY, "-f", "json", "--id", "family")[1])
    assert doc["schema"] == "pcd.tree/1" and doc["policy"]["id"] == "family"
    assert doc["questions"]["q1"]["citation"]["clause_id"] == "bullet 1"
    # the JSON is a tree file for pcd tree show
    tree_file = tmp_path / "p.json"
    tree_file.write_text(json.dumps(doc))
    assert "q2: Is the patient present" in run("tree", "show", tree_file)[1]


def test_parse_stdin_and_no_conditions(run, monkeypatch):
    import io
    import sys

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"Telephone: 0300 123 1142\n")))
    code, out, _ = run("parse", "-")
    assert code == 0 and "no conditions found" in out


def test_parse_errors_are_one_line(run, tmp_path):
    code, _, err = run("parse", tmp_path / "missing.md")
    assert code == 2 and "neither a file nor a pack reference" in err and one_line_error(err)
    empty = tmp_path / "empty.md"
    empty.write_text("   \n")
    code, _, err = run("parse", empty)
    assert code == 2 and "is empty" in err and one_line_error(err)
    code, _, err = run("parse", POLICY, "--format", "svg")
    assert code == 2 and "'svg' is not one of" in err and one_line_error(err)


# ---------------------------------------------------------------- check and explain


def test_check_given_answers_compliant_with_citation(run, tmp_path):
    answers = tmp_path / "a.json"
    answers.write_text(json.dumps({"q1": "no", "q4": "yes", "q5": "yes"}))
    out_json = tmp_path / "r.json"
    code, out, err = run("check", "--policy", POLICY, "--answers", answers, "--answerer", "history",
                         "--json", out_json)
    assert code == 0
    assert "compliant" in out and "reason: compliant by bullet 3" in out
    assert "bullet 3 [265:293] q4 = yes" in out and "bullet 3 [298:339] q5 = yes" in out
    assert "“the patient is incapacitated”" in out and "“sharing is in the patient's best interest”" in out
    assert "q1 = no (1.00, given) Does the patient agree to the sharing? [bullet 1]" in out
    assert "wrote the explanation" in err
    doc = json.loads(out_json.read_text())
    import jsonschema

    jsonschema.validate(doc, explanation_schema())
    assert doc["label"] == "compliant" and doc["citations"][0]["clause_id"] == "bullet 3"


def test_check_undetermined_exit_3_names_the_missing_and_next_question(run, tmp_path):
    code, out, _ = run("check", "-p", POLICY, "-s", "The daughter asked for the records.", "--answerer", "history")
    assert code == 3
    assert "undetermined" in out
    assert "missing: answering any one of these sets could decide: {q1}  {q2, q3}  {q4, q5}" in out
    assert "next question: Does the patient agree to the sharing? (q1, bullet 1)" in out


def test_check_history_file_and_json_to_stdout(run, tmp_path):
    history = tmp_path / "h.json"
    history.write_text(json.dumps([["Does the patient agree to the sharing?", "yes"]]))
    code, out, _ = run("check", "-p", POLICY, "-s", "x", "--history", history, "--answerer", "history", "--json", "-")
    assert code == 0
    doc = json.loads(out)  # only JSON on stdout
    q1 = next(a for a in doc["answers"] if a["id"] == "q1")
    assert doc["label"] == "compliant" and q1["source"] == "history" and q1["evidence"]["turn"] == 0


@pytest.mark.skipif(not (resources.files("pcd") / "models" / "answerer" / "model.int8.safetensors").is_file(),
                    reason="no committed answerer weights")
@pytest.mark.parametrize("policy_text, option, given, evidence", [
    ("You can get the grant if you are not working because you are retired.", "--history",
     [["Are you retired?", "no"]], "evidence: the model read your earlier answer, turn 0: “Are you retired?”"),
    ("You can get the grant if you're retired, or you're not working because you're retired.", "--answers",
     {"q1": "no"}, "evidence: the model read your answer answers['q1']: “Are you retired?”"),
])
def test_check_says_which_earlier_answer_the_model_read(run, tmp_path, policy_text, option, given, evidence):
    policy = tmp_path / "grant.md"
    policy.write_text(policy_text)
    facts = tmp_path / "facts.json"
    facts.write_text(json.dumps(given))
    code, out, _ = run("check", "-p", policy, "-s", "I live in Leeds.", option, facts)
    assert code == 0 and "non-compliant" in out
    assert evidence in out


def test_check_scenario_from_file_with_a_scenario_answerer(run, tmp_path):
    scenario = tmp_path / "scenario.txt"
    scenario.write_text("The patient agrees to the sharing with her son.")
    code, out, _ = run("check", "-p", POLICY, "-s", scenario, "--answerer", "similarity", "--json", "-")
    doc = json.loads(out)
    assert doc["scenario"] == scenario.read_text()
    assert doc["versions"]["answerer"] == "similarity" and code in (0, 3)
    code, out, _ = run("check", "-p", POLICY, "-s", scenario, "--answerer", "similarity")
    # what the model left unknown is said to be its finding, with its confidence in "unknown"
    unknown = [line for line in out.splitlines() if " = unknown (" in line]
    assert unknown and all("similarity found no answer)" in line for line in unknown)


def test_check_input_errors(run, tmp_path):
    bad = tmp_path / "a.json"
    bad.write_text(json.dumps({"q9": "yes"}))
    code, _, err = run("check", "-p", POLICY, "-a", bad, "--answerer", "history")
    assert code == 2 and "q9" in err and one_line_error(err)
    bad.write_text(json.dumps({"q1": "maybe"}))
    code, _, err = run("check", "-p", POLICY, "-a", bad)
    assert code == 2 and "'maybe'" in err and one_line_error(err)
    code, _, err = run("check", "-p", POLICY, "-s", "x", "--answerer", "nope")
    assert code == 2 and "unknown answerer 'nope'" in err
    code, _, err = run("check", "-s", "x")
    assert code == 2 and "Missing option '--policy'" in err and one_line_error(err)
    code, _, err = run("check", "-p", POLICY)
    assert code == 2 and "give a --scenario" in err
    history = tmp_path / "h.json"
    history.write_text(json.dumps([["Is it?", "perhaps"]]))
    code, _, err = run("check", "-p", POLICY, "-s", "x", "--history", history)
    assert code == 2 and "history turn 0" in err and one_line_error(err)


def test_check_pack_references(run):
    from pcd.packs import resolve_pack_reference

    if resolve_pack_reference("hipaa") is None:  # a bare pack name names no single policy
        code, _, err = run("check", "-p", "hipaa", "-s", "x")
        assert code == 2 and "name one, e.g. hipaa:164.508(a)(1)" in err and one_line_error(err)
    code, _, err = run("check", "-p", "gdpr:art99(9)", "-s", "x")
    assert code == 2 and "did you mean" in err and one_line_error(err)
    code, out, _ = run("check", "-p", "gdpr:art6(1)", "-s", "Nothing is said.", "--answerer", "history",
                       "--no-relevance", "--json", "-")
    doc = json.loads(out)
    assert code == 3 and doc["policy"]["id"] == "gdpr:art6(1)" and doc["policy"]["tree"].startswith("AND(")
    code, out, _ = run("parse", "hipaa:164.508(a)(1)", "-f", "linear")
    assert code == 0 and out.startswith("AND(")


def test_explain_renders_a_saved_explanation_and_refuses_others(run, tmp_path):
    answers = tmp_path / "a.json"
    answers.write_text(json.dumps({"q1": "no"}))
    saved = tmp_path / "r.json"
    assert run("check", "-p", POLICY, "-a", answers, "--answerer", "history", "--json", saved)[0] == 3
    code, out, _ = run("explain", saved)
    assert code == 3 and "undetermined" in out and "next question: Is the patient present" in out
    # an unknown names the answerer that found nothing; it never reads as a certain answer "(1.00, none)"
    assert "q1 = no (1.00, given)" in out and "q2 = unknown (no answerer had evidence)" in out
    assert ", none)" not in out
    code, out, _ = run("explain", saved, "--brief")
    assert code == 3 and "answers:" not in out
    not_ours = tmp_path / "tree.json"
    not_ours.write_text(open(TREE).read())
    code, _, err = run("explain", not_ours)
    assert code == 2 and "is not a pcd.explanation/1 document (its schema is 'pcd.tree/1')" in err
    doc = json.loads(saved.read_text())
    doc["label"] = "maybe"
    broken = tmp_path / "broken.json"
    broken.write_text(json.dumps(doc))
    code, _, err = run("explain", broken)
    assert code == 2 and "not a valid pcd.explanation/1 document: at label:" in err and one_line_error(err)
    broken.write_text("{")
    code, _, err = run("explain", broken)
    assert code == 2 and "not valid JSON" in err


# ---------------------------------------------------------------- tree show --highlight, tree render


def test_tree_show_highlight(run, tmp_path):
    code, out, _ = run("tree", "show", TREE, "--highlight", ANSWERS, "-f", "dot")
    assert code == 0 and "fillcolor" in out
    code, out, _ = run("tree", "show", TREE, "--highlight", ANSWERS, "-f", "mermaid")
    assert "class " in out
    bad = tmp_path / "h.json"
    bad.write_text(json.dumps({"nope": "yes"}))
    code, _, err = run("tree", "show", TREE, "--highlight", bad)
    assert code == 2 and "not in the tree" in err


@pytest.mark.skipif(shutil.which("dot") is None, reason="Graphviz's dot is not installed")
def test_tree_render_svg_and_png(run, tmp_path):
    svg = tmp_path / "t.svg"
    code, out, _ = run("tree", "render", TREE, "-o", svg, "--highlight", ANSWERS)
    assert code == 0 and "wrote" in out
    text = svg.read_text()
    assert text.lstrip().startswith("<?xml") and "<svg" in text and "agrees" in text
    png = tmp_path / "t.png"
    assert run("tree", "render", TREE, "-o", png)[0] == 0
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_tree_render_without_graphviz_says_how_to_install(run, tmp_path, monkeypatch):
    monkeypatch.setattr(shutil, "which", lambda name, *a, **k: None)
    code, _, err = run("tree", "render", TREE, "-o", tmp_path / "t.svg")
    assert code == 2 and "apt-get install graphviz" in err and "brew install graphviz" in err
    assert one_line_error(err)
    code, _, err = run("tree", "render", TREE, "-o", tmp_path / "t.gif")
    assert code == 2 and "image format" in err


# ---------------------------------------------------------------- corpora


def test_corpora_list_and_show(run):
    code, out, _ = run("corpora", "list")
    assert code == 0 and "hipaa" in out and "gdpr" in out and "clauses" in out
    assert {r["name"] for r in json.loads(run("corpora", "list", "--json")[1])} >= {"hipaa", "gdpr"}
    code, out, _ = run("corpora", "show", "gdpr:art6(1)")
    assert code == 0 and "Processing shall be lawful only if" in out and "License:" in out
    doc = json.loads(run("corpora", "show", "hipaa:164.508(a)(1)", "--json")[1])
    assert doc["id"] == "hipaa:164.508(a)(1)"
    code, _, err = run("corpora", "show", "gdpr:art99(9)")
    assert code == 2 and "did you mean" in err and one_line_error(err)


# ---------------------------------------------------------------- help, exit codes, usage errors

VERBS = [("parse",), ("check",), ("ask",), ("batch",), ("explain",), ("evaluate",), ("demo",), ("tree", "show"),
         ("tree", "validate"), ("tree", "diff"), ("tree", "render"), ("corpora", "list"), ("corpora", "show"),
         ("hipaa", "check"), ("hipaa", "provisions"), ("gdpr", "check"), ("gdpr", "provisions"),
         ("eval", "trees"), ("eval", "qa"), ("eval", "sharc")]


@pytest.mark.parametrize("verb", VERBS, ids=" ".join)
def test_every_verb_help_has_an_example(run, verb):
    code, out, _ = run(*verb, "--help")
    assert code == 0 and re.search(r"Example: pcd " + " ".join(verb), out), out


def test_top_level_help_documents_exit_codes(run):
    code, out, _ = run("--help")
    flat = " ".join(out.split())
    assert code == 0 and "Exit codes: 0 done, or decided" in flat and "3 undetermined" in flat
    assert "2 bad input or usage" in flat and "1 internal error" in flat
    code, _, err = run("nosuch")
    assert code == 2 and "No such command 'nosuch'" in err and one_line_error(err)


def test_debug_shows_the_traceback_for_check(tmp_path):
    with pytest.raises(ValueError):
        main(["--debug", "check", "-p", str(tmp_path / "nope.md"), "-s", "x"])
