"""Training-data builders that need no ShARC files."""

from __future__ import annotations

from pcd.answering.training import reword_by_parser
from pcd.datasets.sharc import QAPair

POLICY = "You can get the grant if you live in Wales."


def test_real_pairs_are_asked_again_in_the_parsers_words():
    pairs = [QAPair("p1", "I moved to Cardiff.", "Are you living in Wales?", "yes", "evidence"),
             QAPair("p1", "I moved to Cardiff.", "Do you live in Wales?", "yes", "evidence"),  # the parser's own
             QAPair("p1", "I moved to Cardiff.", "Are you a student?", "unknown", "tree"),  # aligns with nothing
             QAPair("p2", "I am 40.", "Are you over 30?", "yes", "evidence")]  # no policy text
    out = reword_by_parser(pairs, {"p1": POLICY})
    assert [(e.scenario, e.question, e.label, e.source) for e in out] == [
        ("I moved to Cardiff.", "Do you live in Wales?", "yes", "parsed")]
