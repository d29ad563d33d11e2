"""pcd ask: with typer's CLI runner, and once for real in a terminal under tmux."""

import json
import os
import shlex
import shutil
import subprocess
import time
import uuid
from importlib import resources

import pytest
from typer.testing import CliRunner

from pcd.cli import app

POLICY = str(resources.files("pcd") / "examples" / "family_sharing.md")  # OR(q1, AND(q2, NOT(q3)), AND(q4, q5))


def ask(*args, input):
    result = CliRunner().invoke(app, ["ask", "--policy", POLICY, "--answerer", "history", *map(str, args)],
                                input=input)
    return result.exit_code, result.output


def test_ask_until_decided_with_back_and_bad_replies(tmp_path):
    save = tmp_path / "answers.json"
    # q1 no -> asks q2; "maybe" is refused; back undoes q1 -> asks q1 again; yes -> compliant
    code, out = ask("--save", save, input="n\nmaybe\nb\ny\n")
    assert code == 0, out
    assert out.count("q1 [bullet 1] Does the patient agree to the sharing?") == 2
    assert "q2 [bullet 2]" in out and "please answer yes, no, unknown, back or quit" in out
    assert "undid q1 = no" in out and "verdict so far: undetermined" in out
    assert "compliant by bullet 1" in out
    assert json.loads(save.read_text()) == {"q1": "yes"}


def test_ask_quit_save_and_resume(tmp_path):
    save = tmp_path / "answers.json"
    code, out = ask("--save", save, input="no\nunknown\nquit\n")
    assert code == 3 and "resume with --resume" in out
    assert "next question: Does the patient object? (q3" in out  # not q2, which the user cannot answer
    assert json.loads(save.read_text()) == {"q1": "no", "q2": "unknown"}
    # resuming skips what is answered and the question answered unknown; saves back to the resume file
    code, out = ask("--resume", save, input="yes\nyes\nyes\n")  # the patient objects; incapacitated; in her interest
    assert code == 0 and "resumed 2 answers" in out
    assert "q1 [bullet 1]" not in out and "q2 [bullet 2]" not in out
    assert "q3 [bullet 2]" in out and "q5 [bullet 3]" in out and "compliant by bullet 3" in out
    assert json.loads(save.read_text()) == {"q1": "no", "q2": "unknown", "q3": "yes", "q4": "yes", "q5": "yes"}


def test_ask_only_unknowns_left_and_end_of_input(tmp_path):
    code, out = ask(input="u\nu\nu\n")
    assert code == 3 and "the verdict stays undetermined" in out
    code, out = ask(input="")  # end of input: like quit
    assert code == 3


def test_ask_bad_resume_file(tmp_path, run):
    bad = tmp_path / "r.json"
    bad.write_text(json.dumps({"q1": "perhaps"}))
    code, _, err = run("ask", "--policy", POLICY, "--resume", bad)
    assert code == 2 and "'perhaps'" in err and len(err.strip().splitlines()) == 1
    bad.write_text(json.dumps({"q7": "yes"}))
    code, _, err = run("ask", "--policy", POLICY, "--resume", bad, "--answerer", "history")
    assert code == 2 and "q7" in err


@pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed")
def test_ask_for_real_in_a_terminal(tmp_path, pcd_cmd):
    sock = f"pcd-test-{uuid.uuid4().hex[:8]}"
    save = tmp_path / "answers.json"
    done = tmp_path / "exit_code"
    cmd = " ".join(shlex.quote(c) for c in pcd_cmd + ["ask", "--policy", POLICY, "--answerer", "history",
                                                     "--save", str(save)])
    script = f"{cmd}; echo $? > {shlex.quote(str(done))}; sleep 60"
    tmux = ["tmux", "-L", sock]
    env = {**os.environ, "COLUMNS": "160"}
    subprocess.run(tmux + ["new-session", "-d", "-x", "160", "-y", "50", "sh", "-c", script], check=True, env=env)

    def screen() -> str:
        return subprocess.run(tmux + ["capture-pane", "-p", "-S", "-200"], capture_output=True, text=True).stdout

    def wait_for(predicate, timeout=90.0) -> str:
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            text = screen()
            if predicate(text):
                return text
            time.sleep(0.2)
        raise AssertionError(f"timed out; the screen:\n{screen()}")

    try:
        wait_for(lambda s: s.count("[q]uit:") == 1)
        subprocess.run(tmux + ["send-keys", "n", "Enter"], check=True)
        text = wait_for(lambda s: s.count("[q]uit:") == 2)
        assert "q2 [bullet 2] Is the patient present?" in text
        subprocess.run(tmux + ["send-keys", "y", "Enter"], check=True)
        text = wait_for(lambda s: s.count("[q]uit:") == 3)
        assert "q3 [bullet 2] Does the patient object?" in text
        subprocess.run(tmux + ["send-keys", "y", "Enter"], check=True)  # present but objects: bullet 2 fails
        wait_for(lambda s: s.count("[q]uit:") == 4)
        subprocess.run(tmux + ["send-keys", "n", "Enter"], check=True)  # not incapacitated: bullet 3 fails
        text = wait_for(lambda s: done.exists() and "saved 4 answers" in s)
        assert "non-compliant" in text
        assert done.read_text().strip() == "0"  # non_compliant is decided
        assert json.loads(save.read_text()) == {"q1": "no", "q2": "yes", "q3": "yes", "q4": "no"}
    finally:
        subprocess.run(tmux + ["kill-server"], capture_output=True)
