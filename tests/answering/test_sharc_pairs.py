import json

from pcd.datasets.sharc import build_qa_pairs, load_dialog_trees, load_qa_pairs, load_records

TREE = {
    "tree_id": "t1", "split": "dev_visible", "snippet": "rule", "snippet_from": "x", "question": "Can I?",
    "tree": {"question": "Are you moving?", "yes": "Yes",
             "no": {"question": "Is the item an ambulance?", "yes": "Yes", "no": {"question": "Are you over 65?", "yes": "Yes", "no": "No"}}},
}


def rec(uid, scenario, evidence=(), history=(), tree="t1"):
    turn = lambda q, a: {"follow_up_question": q, "follow_up_answer": a}
    return {"utterance_id": uid, "tree_id": tree, "source_url": "u", "snippet": "rule", "question": "Can I?",
            "scenario": scenario, "history": [turn(*t) for t in history], "evidence": [turn(*t) for t in evidence], "answer": "Yes"}


def write_fixture(tmp_path):
    records = [
        rec("a", "I'm buying a sports car.", evidence=[("Is the item an ambulance?", "No")]),
        rec("b", "I'm buying a sports car.", history=[("Are you moving?", "Yes")]),
        rec("c", ""),  # empty scenario: no pairs
        rec("d", "I am 70.", evidence=[("are you over 65", "yes")]),  # case differences are fine
    ]
    bad = rec("e", "I am 80.")
    bad["evidence"] = [{"followup_question": "Are you over 65?", "followup_answer": "Noe"}]
    records.append(bad)
    (tmp_path / "dev_visible.json").write_text(json.dumps(records))
    (tmp_path / "dialog_trees.jsonl").write_text(json.dumps(TREE) + "\n" + "{not json\n")
    return tmp_path


def test_malformed_rows_skipped_and_counted(tmp_path):
    d = write_fixture(tmp_path)
    records, stats = load_records(d / "dev_visible.json")
    assert [r.utterance_id for r in records] == ["a", "b", "c", "d"]
    assert stats.rows == 5 and stats.kept == 4 and stats.skipped == 1
    assert "followup_answer" in next(iter(stats.reasons))
    trees, tstats = load_dialog_trees(d / "dialog_trees.jsonl")
    assert len(trees) == 1 and tstats.skipped == 1


def test_pair_builder_follows_the_issue_definition(tmp_path):
    d = write_fixture(tmp_path)
    pairs, counts = load_qa_pairs(d, "dev_visible")
    got = {(p.scenario, p.question, p.label) for p in pairs}
    assert got == {
        # evidence pair; "Are you moving?" is answered in history -> not an unknown pair
        ("I'm buying a sports car.", "Is the item an ambulance?", "no"),
        ("I'm buying a sports car.", "Are you over 65?", "unknown"),
        ("I am 70.", "are you over 65", "yes"),
        ("I am 70.", "Are you moving?", "unknown"),
        ("I am 70.", "Is the item an ambulance?", "unknown"),
    }
    assert counts["scenarios"] == 2 and counts["records"]["skipped"] == 1


def test_tree_paths():
    from pcd.datasets.sharc import DialogTree

    t = DialogTree("t1", "x", "", "", TREE["tree"])
    assert t.questions() == ["Are you moving?", "Is the item an ambulance?", "Are you over 65?"]
    assert len(t.paths()) == 4
    assert t.paths()[0] == ((("Are you moving?", "yes"),), "Yes")


def test_real_data_counts(sharc):
    pairs, counts = load_qa_pairs(sharc, "dev_visible")
    assert counts["records"]["skipped"] == 1  # the followup_* / "Noe" record
    assert counts["pairs"] == len(pairs) > 600


def test_a_tree_question_answered_in_other_words_is_no_unknown_pair(tmp_path):
    records = [rec("a", "My EHC number is not up to date.", evidence=[("Is your EHC number is still up to date?", "No")])]
    (tmp_path / "dev_visible.json").write_text(json.dumps(records))
    tree = dict(TREE, tree={"question": "Is your EHC number still up to date?", "yes": "Yes",
                            "no": {"question": "Are you over 65?", "yes": "Yes", "no": "No"}})
    (tmp_path / "dialog_trees.jsonl").write_text(json.dumps(tree) + "\n")
    pairs, counts = load_qa_pairs(tmp_path, "dev_visible")
    assert {(p.question, p.label) for p in pairs} == {("Is your EHC number is still up to date?", "no"),
                                                      ("Are you over 65?", "unknown")}
    assert counts["answered_in_other_words"] == 1
