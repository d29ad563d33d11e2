"""Requirement lists, couples as subject, "but", and lists of things you get (not conditions)."""

from __future__ import annotations

import pytest

from pcd.policy import parse_policy


def parsed(text: str) -> tuple[str | None, list[str]]:
    p = parse_policy(text)
    return p.linear, [q.text for q in p.questions]


@pytest.mark.parametrize("text", [
    "To qualify, you must: be over 18, live in Wales, and have a bank account.",
    "You must be over 18, live in Wales and have a bank account.",
])
def test_each_listed_requirement_is_asked(text):
    assert parsed(text) == ("AND(q1, q2, q3)",
                            ["Are you over 18?", "Do you live in Wales?", "Do you have a bank account?"])


def test_listed_requirements_of_a_described_applicant_with_a_negated_item():
    linear, qs = parsed("All businesses that are considered for financing under the loan program must: meet size "
                        "standards, be for-profit, not already have the resources to provide the financing, and be "
                        "able to demonstrate repayment.")
    assert linear == "AND(q1, q2, NOT(q3), q4)"
    assert qs == ["Do you meet size standards?", "Are you for-profit?",
                  "Do you already have the resources to provide the financing?", "Are you able to demonstrate repayment?"]


def test_two_verbs_sharing_an_object_stay_one_question():
    assert parsed("You must buy and sell goods in the UK.")[1] == ["Do you buy and sell goods in the UK?"]


def test_but_joins_two_conditions_and_a_noun_subject_carries_over():
    linear, qs = parsed("If you are still eligible for employment authorization but your EAD will be expiring or has "
                        "expired, you should file for a renewal EAD.")
    assert linear == "AND(q1, OR(q2, q3))"
    assert qs == ["Are you still eligible for employment authorization?", "Will your EAD be expiring?",
                  "Has your EAD expired?"]


def test_but_before_a_consequence_ends_the_condition():
    assert parsed("You don't have to stop working when you reach State Pension age but you'll no longer have to pay "
                  "National Insurance.")[1] == ["Do you reach State Pension age?"]


def test_a_couple_as_subject_stays_in_the_question():
    assert parsed("To qualify for the extra Savings Credit you or your partner must be 65 or over.") == (
        "q1", ["Are you or your partner 65 or over?"])


def test_a_list_of_requirements_without_a_quantifier_needs_them_all():
    assert parsed("To get Pension Credit:\n\n* you must live in England, Scotland or Wales\n"
                  "* you or your partner must have reached Pension Credit qualifying age") == (
        "AND(q1, q2)", ["Do you live in England, Scotland or Wales?",
                        "Have you or your partner reached Pension Credit qualifying age?"])
    # items that are not requirements stay alternatives
    assert parsed("To get Pension Credit:\n\n* you live in England\n* you are over 65")[0] == "OR(q1, q2)"


def test_things_you_get_where_you_are_eligible_ask_the_place():
    assert parsed("You can also get the following in an EEA country or Switzerland if you’re eligible:\n\n"
                  "* tax credits") == ("q1", ["Are you in an EEA country or Switzerland?"])


def test_an_aside_that_states_the_rule():
    assert parsed("Guardian’s Allowance (you can claim this if you’re getting Child Benefit for a child whose parents "
                  "have both died)")[1] == ["Are you getting Child Benefit for a child whose parents have both died?"]


def test_a_list_item_offering_two_requirements_asks_each():
    linear, qs = parsed("You must:\n\n* be at least 16 and under 19 on 31 August 2017\n"
                        "* study at a publicly funded school or college, or be on an unpaid training course\n"
                        "* meet the residency requirements")
    assert linear == "AND(q1, OR(q2, q3), q4)"
    assert qs[1:3] == ["Do you study at a publicly funded school or college?", "Are you on an unpaid training course?"]


def test_a_list_of_things_you_may_get_states_no_condition():
    p = parse_policy("You may be eligible for:\n\n* Guardian’s Allowance\n* Child Benefit")
    assert p.tree is None and any("what you may get" in n for n in p.notes)


@pytest.mark.parametrize("text, questions", [
    ("You can get:\n\n* Child Benefit if you have a child\n* Carer's Allowance if you care for someone",
     ["Do you have a child?", "Do you care for someone?"]),
    ("Register by post using form:\n\n* VAT1A if you’re an EU business ‘distance selling’ to the UK\n"
     "* VAT1B if you import (‘acquire’) goods worth more than £85,000 from another EU country",
     ["Are you an EU business ‘distance selling’ to the UK?",
      "Do you import (‘acquire’) goods worth more than £85,000 from another EU country?"]),
])
def test_a_named_item_with_its_own_condition_asks_the_condition(text, questions):
    assert parsed(text) == ("OR(q1, q2)", questions)


@pytest.mark.parametrize("text, question", [
    ("You can’t get the payment if you live in Cyprus, Malta or Spain because the average winter temperature is "
     "higher than the warmest region of the UK.", "Do you live in Cyprus, Malta or Spain?"),  # a reason is no condition
    ("You can get it if you can't work because of illness.", "Can you not work because of illness?"),
])
def test_reasons_and_kept_negations(text, question):
    assert parsed(text)[1] == [question]


@pytest.mark.parametrize("intro, first", [
    ("You can apply for a student visa if you’re 16 or over and you:", "Are you 16 or over?"),
    ("You can apply for this visa if you’re sponsored to do a foundation programme and you’ve:",
     "Are you sponsored to do a foundation programme?"),
])
def test_a_condition_continued_by_and_you_lists_further_requirements(intro, first):
    linear, qs = parsed(intro + "\n\n* been offered a place on a course\n* enough money to pay for your course")
    assert linear == "AND(q1, q2, q3)"
    assert qs[0] == first


def test_a_slot_filled_by_one_of_the_listed_stays_an_alternative():
    linear, _ = parsed("You’re classed as doing voluntary work if you get only travel expenses and you’re working "
                       "for a:\n\n* charity\n* statutory body")
    assert linear == "AND(q1, OR(q2, q3))"


@pytest.mark.parametrize("text, question", [
    ("You must usually apply for your plants to be tested before you get a plant health certificate.",
     "Do you apply for your plants to be tested before you get a plant health certificate?"),
    ("You must either ask for a reconsideration or take other steps before you appeal to the tribunal.",
     "Do you ask for a reconsideration or take other steps before you appeal to the tribunal?"),
])
def test_what_you_must_do_before_something_is_the_requirement(text, question):
    assert parsed(text) == ("q1", [question])


def test_what_happens_before_you_are_paid_sets_no_condition():
    linear, qs = parsed("You usually pay a tax charge if the total value of your private pensions is more than "
                        "£1 million. Your pension provider will take off the charge before you get your payment.")
    assert (linear, qs) == ("q1", ["Is the total value of your private pensions more than £1 million?"])


def test_a_time_inside_an_if_condition_qualifies_it():
    linear, qs = parsed("You may have to pay Capital Gains Tax if you make a profit (‘gain’) when you sell property "
                        "that’s not your home.")
    assert (linear, qs) == ("q1", ["Do you make a profit (‘gain’) when you sell property that’s not your home?"])


def test_requirements_of_your_partner_ask_about_your_partner():
    assert parsed("Your partner must:\n\n* be over 18\n* live with you") == (
        "AND(q1, q2)", ["Is your partner over 18?", "Does your partner live with you?"])


def test_a_kept_negation_after_did_reads_did_you_not():
    _, qs = parsed("Insurance is granted to people who:\n\n* did not apply because of a disability\n* met the rules")
    assert qs[0] == "Did you not apply because of a disability?"


def test_each_named_place_of_a_list_is_its_own_question():
    linear, qs = parsed("You can’t get the payment if you live in Cyprus, France, Malta or Spain.")
    assert linear == "OR(q1, q2, q3, q4)"
    assert qs == ["Do you live in Cyprus?", "Do you live in France?", "Do you live in Malta?", "Do you live in Spain?"]
    p = parse_policy("You can’t get the payment if you live in Cyprus, France, Malta or Spain.")
    assert len({(q.citation.start, q.citation.end) for q in p.questions}) == 1  # all cite the list


def test_two_places_stay_one_question():
    assert parsed("You can claim if you live in England or Wales.")[1] == ["Do you live in England or Wales?"]


def test_goods_listed_are_asked_about_as_it():
    assert parsed("Cultural goods include:\n\n* manuscripts\n* archaeological items") == (
        "OR(q1, q2)", ["Is it a manuscript?", "Is it an archaeological item?"])


def test_every_group_a_program_serves_is_asked():
    linear, qs = parsed("Public Housing provides affordable rental houses or apartments for low-income families, people "
                        "who are elderly, and people with disabilities.")
    assert (linear, qs) == ("OR(q1, q2, q3)", ["Are you a low-income family?", "Are you elderly?",
                                               "Do you have disabilities?"])


def test_a_list_without_introduction_of_verb_phrases_states_requirements():
    p = parse_policy("### Parenting Payment\n\n* have income under the limits\n"
                     "* care for a child under 8 if you’re single or under 6 if you’re partnered\n"
                     "* meet residence rules\n* can’t claim before the birth of a child\n")
    assert p.linear == "AND(q1, q2, q3, NOT(q4))"
    # the "if" inside one item qualifies that item; it is not the policy's condition
    assert [q.text for q in p.questions] == [
        "Do you have income under the limits?",
        "Do you care for a child under 8 if you’re single or under 6 if you’re partnered?",
        "Do you meet residence rules?", "Can you claim before the birth of a child?"]
    assert [q.citation.clause_id for q in p.questions] == ["bullet 1", "bullet 2", "bullet 3", "bullet 4"]


def test_a_list_without_introduction_of_things_is_not_read_as_requirements():
    p = parse_policy("## Opening hours\n\n* Monday to Friday, 8:30am to 5pm\n* Saturday, 9am to 4pm\n")
    assert p.tree is None


def test_three_verb_phrases_listed_are_three_conditions():
    assert parsed("Some benefits stop if you go back to work, work more hours or earn more money.") == (
        "OR(q1, q2, q3)", ["Do you go back to work?", "Do you work more hours?", "Do you earn more money?"])


@pytest.mark.parametrize("text", [
    # the verbs share one object: one condition
    "You can get a loan if you wish to purchase, construct, or improve a home on Federal Trust land.",
    # two verbs only
    "You can get it if you live in Wales and work here.",
])
def test_verbs_that_share_their_words_stay_one_condition(text):
    assert parsed(text)[0] == "q1"


def test_a_list_after_but_is_a_further_condition():
    linear, questions = parsed("You may also be able to get tax credits if you’ve been living in the UK for fewer "
                               "than 5 years, but:\n\n* your sponsor has died\n"
                               "* all your sponsors - if you had more than one - have died\n")
    assert linear == "AND(q1, OR(q2, q3))"
    # the aside between dashes is left out of the question
    assert questions[1:] == ["Has your sponsor died?", "Have all your sponsors died?"]


def test_a_second_sentence_of_an_item_comments_on_it():
    linear, questions = parsed("Businesses that use Centrepay need to:\n\n* notify us of any changes\n"
                               "* have other payment methods. It’s their choice to use Centrepay or not\n")
    assert linear == "AND(q1, q2)" and questions[1] == "Do you have other payment methods?"


def test_what_a_person_who_is_listed_does_all_holds():
    linear, questions = parsed("An eligible borrower is any person who is a landowner, tenant or sharecropper who:\n\n"
                               "* Demonstrates compliance with the National Environmental Policy Act\n"
                               "* Has not been convicted of a controlled substance violation\n")
    # the intro's "or" lists who they may be; it does not make the items alternatives
    assert linear == "AND(q1, q2, NOT(q3))"
    assert questions == ["Are you a landowner, tenant or sharecropper?",
                         "Do you demonstrate compliance with the National Environmental Policy Act?",
                         "Have you been convicted of a controlled substance violation?"]
