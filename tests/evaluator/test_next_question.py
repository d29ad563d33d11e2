"""The next-question rule on hand-worked examples.

Rule: ask the question minimising the expected number of questions until the label
is decided (yes/no each with probability 1/2, independent); ties: first in the tree.
Useful sub-results, all questions unanswered and distinct:
  E(AND(a)) = E(OR(a)) = 1;  E(AND(a, b)) = E(OR(a, b)) = 1 + 0.5*0 + 0.5*1 = 1.5;
  E(AND(a, b, c)) = E(OR(a, b, c)) = 1 + 0.5*E(two of them) = 1 + 0.5*1.5 = 1.75.
"""

from trees import And, Citation, Not, Or, Question

from pcd.evaluator import evaluate

Q = {f"q{i}": Question(f"q{i}", f"Condition {i}?", Citation("p", f"({i})", i, i + 1, "x")) for i in range(1, 12)}
q1, q2, q3, q4, q5 = (Q[f"q{i}"] for i in range(1, 6))


def ids(groups):
    return [[q.id for q in group] for group in groups]


def test_and_of_question_and_or_asks_the_lone_question_first():
    # AND(q1, OR(q2, q3)), nothing answered.
    # q1 first: no (1/2) decides; yes leaves OR(q2, q3): 1.5 more.  E = 1 + 0.5*0 + 0.5*1.5 = 1.75
    # q2 first: yes leaves q1 (1 more); no leaves AND(q1, q3) (1.5). E = 1 + 0.5*1 + 0.5*1.5 = 2.25
    # q3 first: as q2 by symmetry, 2.25.                                      -> ask q1, 1.75
    result = evaluate(And(q1, Or(q2, q3)), {})
    assert result.next_question == q1
    assert result.expected_questions == 1.75
    assert ids(result.missing) == [["q1"], ["q2", "q3"]]


def test_the_best_question_may_come_last_in_the_tree():
    # AND(OR(q1, q2, q3), q4), nothing answered.
    # q4 first: no decides; yes leaves OR(q1, q2, q3): 1.75.       E = 1 + 0.5*1.75 = 1.875
    # q1 first: yes leaves q4 (1); no leaves AND(OR(q2, q3), q4),
    #           which is the first example's shape (1.75).         E = 1 + 0.5*1 + 0.5*1.75 = 2.375
    # q2, q3 as q1.                                                -> ask q4, 1.875
    result = evaluate(And(Or(q1, q2, q3), q4), {})
    assert result.next_question == q4
    assert result.expected_questions == 1.875
    assert ids(result.missing) == [["q4"], ["q1", "q2", "q3"]]


def test_ties_go_to_the_question_first_in_the_tree_not_the_smallest_id():
    # OR(q2, q1): either first gives 1 + 0.5*0 + 0.5*1 = 1.5; q2 appears first.
    result = evaluate(Or(q2, q1), {})
    assert result.next_question == q2
    assert result.expected_questions == 1.5
    assert ids(result.missing) == [["q2"], ["q1"]]


def test_shorter_term_first_and_missing_sets_ordered_by_the_rule():
    # OR(AND(q1, q2, q3), AND(q4, q5)), nothing answered.  A = AND(q1, q2, q3).
    # q4 first: no leaves A (1.75); yes leaves OR(A, q5), best asked q5 first:
    #   1 + 0.5*0 + 0.5*E(A) = 1.875 (q1 first there gives 1 + 0.5*1 + 0.5*1.75 = 2.375).
    #   E = 1 + 0.5*1.75 + 0.5*1.875 = 2.8125
    # q1 first: no leaves AND(q4, q5) (1.5); yes leaves B = OR(AND(q2, q3), AND(q4, q5)).
    #   E(B) = 2.625, asking q2 (q4 is symmetric): no -> AND(q4, q5) 1.5;
    #   yes -> OR(q3, AND(q4, q5)), best q3 first: 1 + 0.5*1.5 = 1.75; so 1 + 0.75 + 0.875.
    #   E = 1 + 0.5*1.5 + 0.5*2.625 = 3.0625
    # q5 as q4, q2 and q3 as q1.                                -> ask q4, 2.8125
    result = evaluate(Or(And(q1, q2, q3), And(q4, q5)), {})
    assert result.next_question == q4
    assert result.expected_questions == 2.8125
    # Ranking q4 < q5 < q1 < q2 < q3; sets of one size ordered by their members' ranks.
    assert ids(result.missing) == [
        ["q4", "q5"], ["q1", "q4"], ["q2", "q4"], ["q3", "q4"], ["q1", "q5"], ["q2", "q5"], ["q3", "q5"],
        ["q1", "q2", "q3"],
    ]


def test_answers_already_given_are_not_asked_again():
    # AND(q1, OR(q2, q3)) with q2 = no leaves AND(q1, q3): 1.5 either way; q1 is first.
    result = evaluate(And(q1, Or(q2, q3)), {"q2": "no"})
    assert result.next_question == q1
    assert result.expected_questions == 1.5
    assert ids(result.missing) == [["q1"], ["q3"]]


def test_exclusive_or_needs_both_questions():
    # XOR(q1, q2) = OR(AND(q1, NOT(q2)), AND(NOT(q1), q2)): no single answer decides.
    # Either first: 1 + 0.5*1 + 0.5*1 = 2; tie -> q1.
    result = evaluate(Or(And(q1, Not(q2)), And(Not(q1), q2)), {})
    assert result.next_question == q1
    assert result.expected_questions == 2.0
    assert ids(result.missing) == [["q1", "q2"]]


def test_questions_that_no_longer_matter_are_never_asked():
    # AND(q1, OR(q2, q3), OR(q3, q4)) with q3 = yes: both ORs are true, only q1 matters.
    result = evaluate(And(q1, Or(q2, q3), Or(q3, q4)), {"q3": "yes"})
    assert result.next_question == q1
    assert ids(result.missing) == [["q1"]]
    assert result.expected_questions == 1.0


def test_greedy_rule_beyond_the_exact_limit():
    # Eleven unanswered questions that matter (over EXACT_LIMIT = 10): greedy rule.
    # OR(AND(q1, q2), AND(q3, q2), AND(q4, q5), ..., AND(q10, q11)): the smallest
    # missing sets are the pairs {q1, q2}, {q2, q3}, {q4, q5}, ...; q2 is in two of them,
    # every other question in one, so q2 is asked first although q1 comes before it.
    terms = [And(Q["q1"], Q["q2"]), And(Q["q3"], Q["q2"])] + [And(Q[f"q{i}"], Q[f"q{i + 1}"]) for i in (4, 6, 8, 10)]
    result = evaluate(Or(*terms), {})
    assert result.next_question == Q["q2"]
    assert result.expected_questions is None  # not computed outside the exact rule
    assert ids(result.missing)[:2] == [["q1", "q2"], ["q2", "q3"]]
    # Answer q11 = no: q10 stops mattering too, nine remain: back to the exact rule.
    assert evaluate(Or(*terms), {"q11": "no"}).expected_questions is not None
