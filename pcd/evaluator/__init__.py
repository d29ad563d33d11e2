"""The evaluator: does a scenario's answers make a policy tree true, false, or neither, and why?

    >>> from trees import Question, And, Or, Not
    >>> q1, q2, q3 = (Question(f"q{i}", f"Condition {i}?") for i in (1, 2, 3))
    >>> result = evaluate(And(q1, Or(q2, q3)), {"q1": "yes"})
    >>> result.label, result.next_question.id, result.expected_questions
    ('undetermined', 'q2', 1.5)
    >>> [[q.id for q in group] for group in result.missing]
    [['q2'], ['q3']]
    >>> evaluate(Or(q1, Not(q1)), {}).label
    'compliant'
"""

from .clauses import ClauseGraph, ClauseGraphError, ReferenceCycleError, evaluate_clause
from .core import AnswerError, evaluate
from .result import COMPLIANT, NON_COMPLIANT, UNDETERMINED, Evaluation

__all__ = [
    "AnswerError", "COMPLIANT", "ClauseGraph", "ClauseGraphError", "Evaluation", "NON_COMPLIANT",
    "ReferenceCycleError", "UNDETERMINED", "evaluate", "evaluate_clause",
]
