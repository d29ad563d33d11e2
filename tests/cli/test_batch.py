"""pcd batch: one row out per row in, error rows, order, workers, and resuming after a kill."""

import json
import signal
import subprocess
import time
from importlib import resources

import pytest

POLICY = str(resources.files("pcd") / "examples" / "family_sharing.md")  # OR(q1, AND(q2, NOT(q3)), AND(q4, q5))


def write_rows(path, n, bad=()):
    with open(path, "w") as f:
        for i in range(n):
            if i in bad:
                f.write('{"id": "broken", \n')
            else:
                f.write(json.dumps({"id": f"r{i}", "scenario": "The daughter asked.",
                                    "answers": {"q1": "yes" if i % 2 else "no", "q2": "yes"}}) + "\n")


def read_out(path):
    return [json.loads(line) for line in open(path)]


def assert_each_row_once(out_rows, n):
    assert [r["line"] for r in out_rows] == list(range(1, n + 1))


def test_batch_rows_errors_and_labels(run, tmp_path):
    rows = tmp_path / "in.jsonl"
    lines = [
        json.dumps({"id": "a", "answers": {"q1": "yes"}}),
        "",  # blank lines are not rows
        json.dumps({"id": "b", "answers": {"q1": "no", "q2": "yes"}}),
        '{"id": "c", "answers": ',
        json.dumps({"id": "d", "answers": {"q9": "yes"}}),
        json.dumps(["not", "an", "object"]),
        json.dumps({"id": "f", "policy": "You can get the grant if you are over 65.", "answers": {"q1": "no"},
                    "question": "Can I get the grant?"}),
        json.dumps({"id": "g", "history": [["Does the patient agree to the sharing?", "yes"]], "extra": 1}),
    ]
    rows.write_text("\n".join(lines) + "\n")
    out = tmp_path / "out.jsonl"
    code, _, err = run("batch", rows, "--policy", POLICY, "-o", out, "--answerer", "history", "--no-relevance",
                       "--no-progress")
    assert code == 0 and "done: 7 rows" in err and "3 error rows" in err
    got = {r["line"]: r for r in read_out(out)}
    assert sorted(got) == [1, 3, 4, 5, 6, 7, 8]
    assert got[1]["id"] == "a" and got[1]["explanation"]["label"] == "compliant"
    assert got[3]["explanation"]["label"] == "undetermined"
    assert "not valid JSON" in got[4]["error"]
    assert got[5]["id"] == "d" and "q9" in got[5]["error"]
    assert "must be a JSON object" in got[6]["error"]
    assert got[7]["explanation"]["label"] == "non_compliant"
    assert got[8]["explanation"]["answers"][0]["source"] == "history"
    # rerunning finds everything done
    code, _, err = run("batch", rows, "--policy", POLICY, "-o", out, "--answerer", "history", "--no-progress")
    assert code == 0 and "resuming: 7 rows" in err and len(read_out(out)) == 7


def test_batch_drops_a_half_written_last_row_on_resume(run, tmp_path):
    rows, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    write_rows(rows, 30)
    args = ("batch", rows, "--policy", POLICY, "-o", out, "--answerer", "history", "--no-progress")
    assert run(*args)[0] == 0
    full = out.read_bytes().splitlines(keepends=True)
    out.write_bytes(b"".join(full[:12]) + full[12][: len(full[12]) // 2])  # a kill in mid-write of row 13
    code, _, err = run(*args)
    assert code == 0 and "dropped a half-written last row" in err and "resuming: 12 rows" in err
    assert_each_row_once(read_out(out), 30)
    assert out.read_bytes() == b"".join(full)


def test_batch_refuses_a_foreign_output_and_a_different_input(run, tmp_path):
    rows, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    write_rows(rows, 5)
    out.write_text("hello\nworld\n")
    code, _, err = run("batch", rows, "-p", POLICY, "-o", out, "--answerer", "history", "--no-progress")
    assert code == 2 and "is not a pcd batch row" in err
    out.write_text(json.dumps({"line": 2, "id": "other", "error": "x"}) + "\n")
    code, _, err = run("batch", rows, "-p", POLICY, "-o", out, "--answerer", "history", "--no-progress")
    assert code == 2 and "a different input?" in err
    code, _, _ = run("batch", rows, "-p", POLICY, "-o", out, "--answerer", "history", "--no-progress", "--restart")
    assert code == 0
    assert_each_row_once(read_out(out), 5)
    code, _, err = run("batch", rows, "-o", tmp_path / "o2.jsonl", "--answerer", "history", "--no-progress")
    assert code == 0 and all("no --policy" in r["error"] for r in read_out(tmp_path / "o2.jsonl"))


def test_batch_workers_keep_order(run, tmp_path):
    rows, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    write_rows(rows, 60, bad={17})
    code, _, err = run("batch", rows, "-p", POLICY, "-o", out, "--answerer", "history", "--workers", "2",
                       "--chunk", "4", "--no-progress")
    assert code == 0 and "1 error rows" in err
    got = read_out(out)
    assert_each_row_once(got, 60)
    assert "error" in got[17] and got[18]["id"] == "r18"


def _lines(path):
    try:
        return open(path, "rb").read().count(b"\n")
    except FileNotFoundError:
        return 0


def test_batch_resumes_after_a_real_kill(run, pcd_cmd, tmp_path):
    """Kill -9 a batch run in a subprocess part-way; the rerun (here in-process) completes it: each row once."""
    n = 2000
    rows, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    write_rows(rows, n, bad={5})
    args = ["batch", str(rows), "--policy", POLICY, "-o", str(out), "--answerer", "history", "--no-progress"]
    # --chunk 1: a disk sync per row, so the first run is slow enough to be stopped part-way
    proc = subprocess.Popen(pcd_cmd + args + ["--chunk", "1"], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    end = time.monotonic() + 120
    while _lines(out) < 40 and proc.poll() is None and time.monotonic() < end:
        time.sleep(0.002)
    proc.kill()
    proc.communicate(timeout=60)
    if _lines(out) >= n:
        pytest.skip("the first run finished before it could be killed")
    assert proc.returncode == -signal.SIGKILL
    code, _, err = run(*args)
    assert code == 0 and "resuming:" in err, err
    got = read_out(out)
    assert_each_row_once(got, n)
    assert [r.get("id") for r in got if "error" not in r] == [f"r{i}" for i in range(n) if i != 5]
    assert "error" in got[5]


def test_batch_ctrl_c_then_resume(run, tmp_path, monkeypatch):
    """Ctrl-C (KeyboardInterrupt) part-way: exit 130 with a resume hint; the rerun finishes, each row once."""
    from pcd.cli import batch_cmd

    rows, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    write_rows(rows, 50)
    real, calls = batch_cmd.run_chunk, []

    def interrupted(chunk):
        calls.append(1)
        if len(calls) == 3:
            raise KeyboardInterrupt
        return real(chunk)

    monkeypatch.setattr(batch_cmd, "run_chunk", interrupted)
    args = ("batch", rows, "-p", POLICY, "-o", out, "--answerer", "history", "--chunk", "8")
    code, _, err = run(*args)
    assert code == 130 and "interrupted: 16 of 50 rows are in" in err and "rerun the same command" in err
    monkeypatch.setattr(batch_cmd, "run_chunk", real)
    code, _, err = run(*args)
    assert code == 0 and "resuming: 16 rows" in err and "done: 50 rows" in err
    assert_each_row_once(read_out(out), 50)
