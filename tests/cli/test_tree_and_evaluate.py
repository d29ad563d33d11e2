import json
from importlib import resources

import pytest

from pcd.cli import main

EXAMPLES = resources.files("pcd") / "examples"
TREE = str(EXAMPLES / "family_sharing.tree.json")


def run(capsys, *args):
    code = main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_demo_explains_the_bundled_example(capsys):
    code, out, _ = run(capsys, "demo")
    assert code == 0
    assert "compliant" in out and "bullet 1" in out and "the patient agrees to the sharing" in out
    assert "answers:" in out and "evidence:" in out  # answered from the scenario, not given


@pytest.mark.parametrize("fmt, marker", [("text", "agrees: Does the patient agree"), ("json", '"schema": "pcd.tree/1"'),
                                         ("dot", "digraph tree"), ("mermaid", "flowchart TD"),
                                         ("linear", "AND(OR(agrees, AND(present, NOT(objects))")])
def test_tree_show_every_format(capsys, fmt, marker):
    code, out, _ = run(capsys, "tree", "show", TREE, "--format", fmt)
    assert code == 0 and marker in out


def test_tree_validate_and_bad_files(capsys, tmp_path):
    assert run(capsys, "tree", "validate", TREE)[0] == 0
    bad = tmp_path / "bad.json"
    bad.write_text('{"schema": "pcd.tree/1", "root": "q1", "questions": {"q1": {"text": "x"}}}')
    code, out, err = run(capsys, "tree", "validate", str(bad))
    assert code == 2 and "questions/q1: 'citation' is a required property" in err
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1
    binary = tmp_path / "bin.json"
    binary.write_bytes(b"\x00\x01\x02")
    assert "looks binary" in run(capsys, "tree", "show", str(binary))[2]
    empty = tmp_path / "empty.json"
    empty.write_text("  \n")
    assert "is empty" in run(capsys, "tree", "show", str(empty))[2]


def test_tree_diff_prints_counter_example(capsys, tmp_path):
    doc = json.loads(open(TREE).read())
    doc["nodes"]["n0"]["op"] = "OR"
    other = tmp_path / "other.json"
    other.write_text(json.dumps(doc))
    code, out, _ = run(capsys, "tree", "diff", TREE, str(other))
    assert code == 1 and out.startswith("differ: with ")
    assert run(capsys, "tree", "diff", TREE, TREE)[1].strip() == "equivalent"


def test_evaluate_exit_codes_and_json(capsys, tmp_path):
    answers = tmp_path / "a.json"
    answers.write_text(json.dumps({"agrees": "no", "present": "yes"}))
    code, out, _ = run(capsys, "evaluate", TREE, "--answers", str(answers), "--json")
    assert code == 3
    doc = json.loads(out)
    assert doc["label"] == "undetermined" and doc["next_question"]["id"] == "relevant_only"
    answers.write_text(json.dumps({"agrees": "yes", "relevant_only": "no"}))
    code, out, _ = run(capsys, "evaluate", TREE, "--answers", str(answers), "--json")
    assert code == 0 and json.loads(out)["label"] == "non_compliant"
    answers.write_text(json.dumps({"agrees": "maybe"}))
    code, _, err = run(capsys, "evaluate", TREE, "--answers", str(answers))
    assert code == 2 and "'maybe'" in err


def test_debug_shows_the_traceback(tmp_path):
    with pytest.raises(ValueError):
        main(["--debug", "tree", "show", str(tmp_path / "missing.json")])
