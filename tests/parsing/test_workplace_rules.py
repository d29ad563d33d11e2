"""Rules as a workplace writes them: prohibitions on the people a rule binds ("Staff must not …"), its generic person
("if an employee is sick …") and another party ("the provider must respond …"), alternatives of
two kinds ("a student or over 65"), what the reader must be said in the plural ("Applicants must be U.S. citizens")
and a ban on things above a price ("Loans over $50,000 must not be approved without a guarantee")."""

from __future__ import annotations

import pytest

import pcd
from pcd.policy import parse_policy


@pytest.mark.parametrize("text, question", [
    # was "Are you a company business?": "for company business" read as the people the rule is for
    ("Staff must not use personal email accounts for company business.",
     "Do you use personal email accounts for company business?"),
    ("Staff must not use personal email accounts.", "Do you use personal email accounts?"),  # was no conditions
    ("Employees must not use company cars for personal trips.", "Do you use company cars for personal trips?"),
    ("Contractors mustn't share client data.", "Do you share client data?"),
    ("Staff shall not disclose customer data to third parties.", "Do you disclose customer data to third parties?"),
], ids=["for-business", "staff", "employees", "mustnt", "shall-not"])
def test_a_prohibition_on_the_people_a_rule_binds_holds_when_it_is_not_done(text, question):
    # as "Employees may not accept gifts …" and "You must not share your password" already were
    p = parse_policy(text)
    assert [q.text for q in p.questions] == [question]
    assert p.linear == "NOT(q1)"


def test_restricted_people_under_a_prohibition_stay_its_condition():
    p = parse_policy("Employees on probation must not take unpaid leave.")
    assert [q.text for q in p.questions] == ["Are you an employee on probation?"]
    assert p.conclusion.polarity == "negative"


@pytest.mark.parametrize("text, questions, linear", [
    ("You qualify for the discount if you are a student or over 65.", ["Are you a student?", "Are you over 65?"],
     "OR(q1, q2)"),  # was one question "Are you a student or over 65?"
    ("You qualify if you are over 65 or a student.", ["Are you over 65?", "Are you a student?"], "OR(q1, q2)"),
    ("You qualify if you are 24 or older.", ["Are you 24 or older?"], "q1"),  # one bound
    ("You qualify if you are a carer or a parent.", ["Are you a carer or a parent?"], "q1"),  # one kind
], ids=["noun-then-age", "age-then-noun", "bound", "same-kind"])
def test_alternatives_of_two_kinds_are_two_questions(text, questions, linear):
    p = parse_policy(text)
    assert [q.text for q in p.questions] == questions
    assert p.linear == linear


@pytest.mark.parametrize("text, question", [
    ("Applicants must be U.S. citizens or qualified non-citizens.",
     "Are you a U.S. citizen or a qualified non-citizen?"),
    ("You must be residents of Indiana.", "Are you a resident of Indiana?"),
    ("To qualify, you must be full-time students.", "Are you a full-time student?"),
    ("You must be UK residents.", "Are you a UK resident?"),  # an initialism read letter by letter: not "an UK"
    ("You must be eligible for benefits.", "Are you eligible for benefits?"),
], ids=["two-kinds", "of", "goal", "initialism", "adjective"])
def test_what_the_reader_must_be_is_asked_in_the_singular(text, question):
    # was "Are you U.S. citizens or qualified non-citizens?"
    assert [q.text for q in parse_policy(text).questions] == [question]


@pytest.mark.parametrize("text, bound, lacking", [
    ("Loans over $50,000 must not be approved without a guarantee.", "Is the loan over $50,000?",
     "Does the loan have a guarantee?"),
    ("Purchases over £500 cannot be made without a signed quote.", "Is the purchase over £500?",
     "Does the purchase have a signed quote?"),
], ids=["loan", "purchase"])
def test_a_ban_without_a_thing_binds_only_what_passes_the_bound(text, bound, lacking):
    # was NOT("Do you have a guarantee?") alone: a $10,000 loan without one was non-compliant
    p = parse_policy(text)
    assert [q.text for q in p.questions] == [bound, lacking]
    assert p.linear == "AND(q1, NOT(q2))" and p.conclusion.polarity == "negative"
    cited = [p.text[q.citation.start:q.citation.end] for q in p.questions]
    assert cited[0].split()[0] in ("Loans", "Purchases") and cited[1] == lacking.rstrip("?").split(" have ")[1]


def test_a_ban_on_things_above_a_price_decides_by_the_amount():
    from pcd.check import check
    policy = "Loans over $50,000 must not be approved without a guarantee."
    assert check(policy, "The bank approved an $80,000 loan without any guarantee.").label == "non_compliant"
    assert check(policy, "The bank approved a $10,000 loan without a guarantee.").label == "compliant"


@pytest.mark.parametrize("text, question", [
    ("Requests need a manager approval.", "Does the request have a manager approval?"),  # was no conditions
    ("All refunds require a proof of purchase.", "Does the refund have a proof of purchase?"),
    ("Every contract needs two signatures.", "Does the contract have two signatures?"),
    ("Applicants need a valid passport.", "Do you have a valid passport?"),  # was "Do you need a valid passport?"
    ("You need at least 10 qualifying years on your National Insurance record.",
     "Do you have at least 10 qualifying years on your National Insurance record?"),
], ids=["requests", "all-refunds", "every-contract", "applicants", "you"])
def test_what_is_needed_must_be_had(text, question):
    p = parse_policy(text)
    assert [q.text for q in p.questions] == [question]
    cited = p.text[p.questions[0].citation.start:p.questions[0].citation.end]
    assert text.rstrip(".").endswith(cited) and cited.split()[-1] == question.rstrip("?").split()[-1]


def test_what_is_needed_for_a_goal_keeps_the_goal_as_conclusion():
    p = parse_policy("You need a TV licence to apply for the permit.")
    assert [q.text for q in p.questions] == ["Do you have a TV licence?"]
    assert p.conclusion.text == "to apply for the permit"
    p = parse_policy("You need to be over 18.")  # "need to" is a requirement of being
    assert [q.text for q in p.questions] == ["Are you over 18?"]


def test_a_negation_inside_a_when_clause_stays_in_the_question():
    # was NOT("Are laptops encrypted and locked when in use?"): the rule turned inside out
    p = parse_policy("Laptops must be encrypted and locked when not in use.")
    assert [q.text for q in p.questions] == ["Are laptops encrypted and locked when not in use?"]
    assert p.linear == "q1"


def test_what_another_party_must_do_is_asked_of_it():
    # was "Do you respond within 30 days?": the patient is the reader, the provider another party
    p = parse_policy("Patients may request a copy of their medical records, and the provider must respond within "
                     "30 days.")
    assert [q.text for q in p.questions] == ["Does the provider respond within 30 days?"]


@pytest.mark.parametrize("text, question", [
    ("If an employee is sick for more than seven days, they must provide a doctor's note.",
     "Are you sick for more than seven days?"),  # was "Is an employee sick …?"
    ("If a person is over 65, they can get a free bus pass.", "Are you over 65?"),
    ("If an employee has worked here for two years, his or her leave increases.",
     "Have you worked here for two years?"),
    ("Interns are eligible for the travel allowance only if they live more than 20 miles from the office.",
     "Do you live more than 20 miles from the office?"),  # was "Do the interns live …?"
], ids=["employee", "person", "perfect", "interns"])
def test_a_rules_generic_person_is_its_reader(text, question):
    assert [q.text for q in parse_policy(text).questions] == [question]


@pytest.mark.parametrize("text, who, lacking", [
    ("Children under 13 cannot create an account without parental consent.", "Are you under 13?",
     "Do you have parental consent?"),  # was "Are you under 13?" alone: the consent was lost
    ("Visitors under 16 may not enter the site without an adult.", "Are you under 16?", "Are you with an adult?"),
], ids=["consent", "adult"])
def test_a_ban_without_a_thing_binds_only_the_people_it_names(text, who, lacking):
    p = parse_policy(text)
    assert [q.text for q in p.questions] == [who, lacking]
    assert p.linear == "AND(q1, NOT(q2))" and p.conclusion.polarity == "negative"


@pytest.mark.parametrize("text, question", [
    ("Only authorised personnel may access the server room.", "Are you authorised personnel?"),  # no conditions
    ("Only staff may use the lift.", "Are you staff?"),
    ("Only residents may park here.", "Are you a resident?"),
], ids=["personnel", "staff", "residents"])
def test_only_the_people_named_may(text, question):
    p = parse_policy(text)
    assert [q.text for q in p.questions] == [question]
    assert p.conclusion.polarity == "positive"


def test_a_bare_person_subject_yields_to_what_the_permission_rests_on():
    # "Employees" is near vacuous for the people a workplace rule is written for; the approval was lost (then the cap)
    p = parse_policy("Employees may work from home up to two days a week with their manager's approval.")
    assert [q.text for q in p.questions] == ["Do you have your manager's approval?",
                                             "Do you work from home more than two days a week?"]
    assert [q.text for q in parse_policy("Staff may use the gym.").questions] == ["Are you staff?"]  # not "Staff"


def test_a_second_subject_opening_with_a_possessive_is_a_second_condition():
    # spaCy read "your household income" as a second thing received: one question "Do you receive Universal Credit
    # and your household income is below £7,400?"
    p = parse_policy("You may qualify for free school meals if you receive Universal Credit and your household income "
                     "is below £7,400.")
    assert [q.text for q in p.questions] == ["Do you receive Universal Credit?", "Is your household income below £7,400?"]
    assert p.linear == "AND(q1, q2)"


@pytest.mark.parametrize("text, question, conclusion", [
    ("You can apply for a refund within 12 months of the payment.", "Has it been more than 12 months since the payment?",
     "You can apply for a refund"),
    ("Customers can return items within 30 days of purchase.", "Has it been more than 30 days since purchase?",
     "Customers can return items"),
], ids=["payment", "purchase"])
def test_a_permission_within_a_time_holds_while_the_time_lasts(text, question, conclusion):
    p = parse_policy(text)  # was no conditions
    assert [q.text for q in p.questions] == [question]
    assert p.linear == "NOT(q1)" and p.conclusion.text == conclusion


def test_new_is_what_a_new_starter_is():
    p = parse_policy("New starters are not entitled to holiday pay during their first three months.")
    assert [q.text for q in p.questions] == ["Are you a new starter?"]  # was "Are you a starter?"


def test_the_subjects_modifier_is_not_a_conclusion():
    p = parse_policy("New applicants must register online.")
    assert [q.text for q in p.questions] == ["Do you register online?"]
    assert p.conclusion is None  # was the conclusion "New"


@pytest.mark.parametrize("text, question", [
    ("Customer data must not be stored on personal devices.", "Are customer data stored on personal devices?"),
    ("Passwords must not be written down.", "Are passwords written down?"),
], ids=["data", "passwords"])
def test_a_prohibition_on_a_thing_holds_when_it_is_not_done(text, question):
    p = parse_policy(text)  # was no conditions
    assert [q.text for q in p.questions] == [question]
    assert p.linear == "NOT(q1)"


def test_the_time_a_permission_lasts_joins_its_condition():
    # "within 30 days of purchase" was lost once a condition ("provided …") was found
    p = parse_policy("Customers can return items within 30 days of purchase, provided they have the receipt.")
    assert [q.text for q in p.questions] == ["Do you have the receipt?", "Has it been more than 30 days since purchase?"]
    assert p.linear == "AND(q1, NOT(q2))"
    assert p.text[p.questions[1].citation.start:p.questions[1].citation.end] == "30 days of purchase"


def test_what_is_allowed_for_people_asks_about_the_people():
    # was "Are you a remote work?" (the thing allowed read as a person), and "to be on site" was cut as a purpose
    p = parse_policy("Remote work is allowed only for employees whose role does not require them to be on site.")
    assert [q.text for q in p.questions] == ["Does your role require you to be on site?"]
    assert p.linear == "NOT(q1)" and p.conclusion.polarity == "positive"


@pytest.mark.parametrize("text, question", [
    ("You must wear a hard hat on site at all times, except in the canteen and offices.",
     "Are you in the canteen or offices?"),  # was "… in the canteen and offices?": no one is in both
    ("The office is open every day except on weekends and bank holidays.", "Is it on weekends or bank holidays?"),
], ids=["places", "days"])
def test_an_exception_for_listed_places_or_times_holds_in_any(text, question):
    p = parse_policy(text)
    assert [q.text for q in p.questions] == [question]
    assert p.linear == "NOT(q1)"


def test_a_list_with_no_all_or_any_says_how_it_was_read():
    # "You can claim travel expenses if: * … * …" may mean all of them; ShARC's texts mostly mean any: say so
    p = parse_policy("You can claim travel expenses if:\n* the journey was for work\n* you have receipts for all costs")
    assert p.linear == "OR(q1, q2)" and any("neither 'all' nor 'any'" in n for n in p.notes)
    from pcd.check import check, is_warning
    notes = check(p, "I drove to a client meeting.").notes
    assert any("neither 'all' nor 'any'" in n and not is_warning(n) for n in notes)
    cued = parse_policy("You can claim if all of the following apply:\n* the journey was for work\n* you have receipts")
    assert cued.linear == "AND(q1, q2)" and not cued.notes


def test_a_second_participle_after_be_is_passive_too():
    # was "Did you change every 90 days?"
    p = parse_policy("Passwords must be at least 12 characters long and changed every 90 days.")
    assert [q.text for q in p.questions] == ["Are passwords at least 12 characters long?",
                                             "Are passwords changed every 90 days?"]
    assert p.linear == "AND(q1, q2)"


def test_a_list_of_banned_acts_is_broken_by_any_one():
    # was AND of "Are you a share customer datum …?" questions: sharing alone was undetermined
    p = parse_policy("You must not:\n\n* share customer data with anyone outside the company\n"
                     "* store customer data on personal devices\n* send customer data by unencrypted email")
    assert p.linear == "OR(q1, q2, q3)"
    assert [q.text for q in p.questions] == ["Do you share customer data with anyone outside the company?",
                                             "Do you store customer data on personal devices?",
                                             "Do you send customer data by unencrypted email?"]
    assert p.conclusion.polarity == "negative"


def test_a_list_of_duties_stays_all_of_them():
    p = parse_policy("You must:\n\n* share customer data with your manager\n* store customer data on the server")
    assert (p.linear, [q.text for q in p.questions]) == (
        "AND(q1, q2)", ["Do you share customer data with your manager?", "Do you store customer data on the server?"])


def test_whole_clauses_listed_after_meet_take_no_stub():
    # was "Do you meet you have worked here for more than 6 months?"
    p = parse_policy("Employees may work from home if they meet any of the following:\n\n"
                     "1. they have worked here for more than 6 months\n"
                     "2. their role does not require them to be on site")
    assert p.linear == "OR(q1, NOT(q2))"
    assert [q.text for q in p.questions] == ["Have you worked here for more than 6 months?",
                                             "Does your role require you to be on site?"]


def test_a_ban_on_things_worth_more_than_a_bound_is_broken_only_past_it():
    # was one question, answered "yes" for a £5 pen (non-compliant)
    from pcd import check
    policy = "Staff must not accept gifts from suppliers worth more than £25."
    p = parse_policy(policy)
    assert [q.text for q in p.questions] == ["Do you accept gifts from suppliers?", "Is the gift worth more than £25?"]
    assert p.linear == "NOT(AND(q1, q2))"
    assert check(policy, "A supplier gave me a pen worth £5.").label == "compliant"
    assert check(policy, answers={"q1": "yes", "q2": "yes"}).label == "non_compliant"
    p = parse_policy("Employees may not accept gifts worth more than £50.")
    assert [q.text for q in p.questions] == ["Do you accept gifts?", "Is the gift worth more than £50?"]


@pytest.mark.parametrize("text, questions", [
    # was "Is the request your line manager?": the people listed after "by:" do it, they are not the thing
    ("Leave requests must be approved by:\n\n* your line manager, or\n* the HR director",
     ["Is the request approved by your line manager?", "Is the request approved by the HR director?"]),
    ("Personal data may only be accessed by:\n\n* the data protection officer\n* the IT manager",
     ["Is the data accessed by the data protection officer?", "Is the data accessed by the IT manager?"]),
    # the reader is asked by them: which one it is (was "Are you your representative?")
    ("You may be asked questions by:\n\n* your representative (if you have one)\n* the judge",
     ["Is it your representative (if you have one)?", "Is it the judge?"]),
], ids=["approved-by", "accessed-by", "asked-by"])
def test_a_list_of_who_does_it_asks_about_them_not_the_reader(text, questions):
    p = parse_policy(text)
    assert [q.text for q in p.questions] == questions
    assert p.linear == "OR(q1, q2)"


def test_your_someone_is_not_the_reader_but_your_relatives_carer_may_be():
    p = parse_policy("You can get help if you are:\n\n* your child's main carer\n* over 65")
    assert [q.text for q in p.questions] == ["Are you your child's main carer?", "Are you over 65?"]
    p = parse_policy("You can get advice from:\n\n* your GP\n* a pharmacist")
    assert p.questions[0].text == "Is it your GP?"  # was "Are you your GP?"


@pytest.mark.parametrize("text, questions", [
    # the death was lost: leave for any employee's day off
    ("Employees are entitled to paid bereavement leave of up to 5 days on the death of a close family member.",
     ["Are you an employee?", "Has a close family member died?"]),
    ("Staff may take compassionate leave following the death of their partner.",
     ["Are you staff?", "Has your partner died?"]),
], ids=["on-the-death-of", "following-their"])
def test_the_death_a_leave_is_granted_on_is_asked(text, questions):
    p = parse_policy(text)
    assert [q.text for q in p.questions] == questions
    assert p.linear == "AND(q1, q2)"


@pytest.mark.parametrize("text, linear, cap", [
    # the cap was lost: a member bringing any number of guests was allowed
    ("Members can bring up to two guests per visit.", "AND(q1, NOT(q2))",
     "Do you bring more than two guests per visit?"),
    ("You can borrow up to 10 books at a time.", "NOT(q1)", "Do you borrow more than 10 books at a time?"),
    ("Staff may take up to 3 days of compassionate leave following the death of their partner.",
     "AND(q1, q2, NOT(q3))", "Do you take more than 3 days of compassionate leave?"),
], ids=["guests", "books", "leave"])
def test_the_most_a_permission_allows_is_asked(text, linear, cap):
    p = parse_policy(text)
    assert p.linear == linear and p.questions[-1].text == cap


def test_what_one_may_get_is_no_cap_on_the_reader():
    p = parse_policy("You could get up to £1,200 if you are on a low income.")
    assert [q.text for q in p.questions] == ["Are you on a low income?"]


@pytest.mark.parametrize("text, question", [
    # spaCy tags "dies" a plural noun here: was "Are you a close relative dy?"
    ("You can take compassionate leave if a close relative dies.", "Has a close relative died?"),
    ("You can take compassionate leave if a relative dies.", "Has a relative died?"),  # was "Does a relative die?"
    ("You can take leave if a member of your family dies.", "Has a member of your family died?"),
    ("You can take leave if your partner dies.", "Has your partner died?"),
], ids=["close-relative", "relative", "member-of-family", "partner"])
def test_a_death_a_rule_turns_on_is_asked_as_an_event(text, question):
    assert [q.text for q in parse_policy(text).questions] == [question]


def test_a_death_and_a_cap_end_to_end():
    p = parse_policy("You can take up to 5 days of paid compassionate leave if a close relative dies.")
    assert [q.text for q in p.questions] == ["Has a close relative died?",
                                             "Do you take more than 5 days of paid compassionate leave?"]
    r = pcd.check(p, "My mother died last week and I took 3 days off.", question="Can I take paid compassionate leave?")
    assert r.label == "compliant"


@pytest.mark.parametrize("text, question, goal", [
    # was "Are you at least 16 years old to use the gym without supervision?", answered "yes" for a 15-year-old
    ("Members must be at least 16 years old to use the gym without supervision.", "Are you at least 16 years old?",
     "to use the gym without supervision"),
    ("You must be over 17 to drive a car.", "Are you over 17?", "to drive a car"),
], ids=["use", "drive"])
def test_what_an_age_is_required_for_is_the_conclusion(text, question, goal):
    p = parse_policy(text)
    assert [q.text for q in p.questions] == [question] and p.conclusion.text == goal


@pytest.mark.parametrize("text, question", [
    # no conditions before: a 12kg bag was allowed
    ("You can bring one carry-on bag weighing no more than 10kg.", "Does the carry-on bag weigh no more than 10kg?"),
    ("You may carry hand luggage weighing up to 7kg.", "Does the hand luggage weigh up to 7kg?"),
], ids=["carry-on", "hand-luggage"])
def test_a_thing_allowed_by_its_weight(text, question):
    p = parse_policy(text)
    assert [q.text for q in p.questions] == [question]
    assert pcd.check(p, "My bag weighs 12kg.").label == "non_compliant"
