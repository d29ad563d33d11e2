"""pcd: decide whether a scenario complies with a written policy, and say why.

    >>> import pcd
    >>> policy = pcd.parse_policy("You can get the grant if you're over 65 and you live in Wales.")
    >>> policy.linear
    'AND(q1, q2)'
    >>> pcd.evaluate(policy.tree, {"q1": "yes", "q2": "yes"}).label
    'compliant'
"""

__version__ = "0.1.0"

from .answering import Answer, ConflictingAnswersError, Evidence, answer, answer_many  # noqa: E402
from .check import CheckedAnswer, CitedClause, Result, check, check_many  # noqa: E402
from .errors import InputError, PcdError  # noqa: E402
from .evaluator import (COMPLIANT, NON_COMPLIANT, UNDETERMINED, AnswerError, ClauseGraph,  # noqa: E402
                        ClauseGraphError, Evaluation, ReferenceCycleError, evaluate, evaluate_clause)
from .policy import Clause, Conclusion, Policy, PolicyParseError, parse_policy  # noqa: E402

__all__ = [
    "__version__", "Answer", "AnswerError", "COMPLIANT", "CheckedAnswer", "CitedClause", "Clause", "ClauseGraph",
    "ClauseGraphError", "Conclusion", "ConflictingAnswersError", "Evaluation", "Evidence", "InputError",
    "NON_COMPLIANT", "PcdError", "Policy", "PolicyParseError", "ReferenceCycleError", "Result", "UNDETERMINED",
    "answer", "answer_many", "check", "check_many", "evaluate", "evaluate_clause", "parse_policy",
]
