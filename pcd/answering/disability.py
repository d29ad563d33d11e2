"""The ``disability`` answerer: whether the reader has a disability, from a condition they state about themselves.

Benefit, travel and venue rules ask "Do you have a disability?", "Are you disabled?"; a scenario says "I'm registered
blind", "I am paralyzed from the waist down", "I use a wheelchair" — which the model answered "unknown" — or "I am a
physically able person". A first-person sentence naming such a condition answers "yes"; one saying the reader is
able-bodied or has no disability answers "no". Someone else's condition ("my son is deaf"), a condition that need
not disable ("I have asthma"), or sentences that disagree abstain, and the next answerer decides.

    >>> from pcd.answering.disability import DisabilityAnswerer
    >>> DisabilityAnswerer().answer_batch(["Do you have a disability?"], "I'm 40 and I'm registered blind.")[0].value
    'yes'
"""

from __future__ import annotations

import re
from typing import Sequence

from pcd.answering.base import Answerer, HistoryTurn, sentences_agree
from pcd.answering.registry import register_answerer
from pcd.answering.types import Answer

__all__ = ["DisabilityAnswerer", "disability_asked"]

_ASKED = re.compile(r"^(?:do|does)\s+you\s+have\s+(?:a|any)\s+disabilit(?:y|ies)\s*\??$|"
                    r"^are\s+you\s+(?:registered\s+)?disabled\s*\??$", re.I)
_I = r"\bI(?:\s+am|['’]m|\s+have\s+been|['’]ve\s+been)\s+(?:a\s+|an\s+)?(?:\w+\s+){0,2}?"
# conditions that disable, said of oneself
_DISABLED = re.compile(_I + r"(?:(?:legally|registered|partially)\s+)?(?:blind|deaf|paraly[sz]ed|paraplegic|"
                       r"quadriplegic|tetraplegic|amputee|wheelchair\s+user|registered\s+disabled|disabled)\b|"
                       r"\bI\s+(?:use|need)\s+a\s+wheelchair\b|\bI\s+(?:have|live\s+with)\s+(?:a\s+)?(?:\w+\s+)?"
                       r"disability\b", re.I)
_ABLE = re.compile(_I + r"(?:physically\s+able|able[\s-]bodied)\b|\bI\s+(?:do\s+not|don['’]t)\s+have\s+(?:a|any)\s+"
                   r"disabilit(?:y|ies)\b|\bI(?:\s+am|['’]m)\s+not\s+disabled\b|\bI\s+have\s+no\s+disabilit(?:y|ies)\b",
                   re.I)


def disability_asked(question: str) -> bool | None:
    """True for a question asking whether the reader has a disability, else None.

    >>> disability_asked("Are you disabled?"), disability_asked("Is your child disabled?")
    (True, None)
    """
    return True if _ASKED.match(question.strip()) else None


def _said(sentence: str, _: bool) -> bool | None:
    if _ABLE.search(sentence):
        return False
    return True if _DISABLED.search(sentence) else None


@register_answerer("disability")
class DisabilityAnswerer(Answerer):
    """Answers "Do you have a disability?" / "Are you disabled?" from a condition the reader states of themselves."""

    name = "disability"

    def answer_batch(self, questions: Sequence[str], scenario: str,
                     history: Sequence[HistoryTurn] = ()) -> list[Answer | None]:
        return sentences_agree(questions, scenario, disability_asked, _said, self.name)
