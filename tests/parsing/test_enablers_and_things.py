"""What a thing you hold enables ("X gives authority to …") and lists of things ("Is it a meal?")."""

from __future__ import annotations

import pytest

from pcd.policy import NO_CONDITIONS, parse_policy


def parsed(text: str) -> tuple[str | None, list[str]]:
    p = parse_policy(text)
    return p.linear, [q.text for q in p.questions]


def test_coordinated_holders_are_alternatives():
    linear, qs = parsed("Residential Care level 8 and Home Care level 10 give authority to:\n\n"
                        "* view care recipient information\n* lodge data for file upload")
    assert linear == "OR(q1, q2)"
    assert qs == ["Do you have Residential Care level 8?", "Do you have Home Care level 10?"]


@pytest.mark.parametrize("text, question", [
    ("Home Care level 14 gives automatic authority to level 10.", "Do you have Home Care level 14?"),
    ("Having a Green Card (officially known as a Permanent Resident Card) allows you to live and work permanently "
     "in the United States.", "Do you have a Green Card?"),
    ("A valid rod licence allows you to fish in the river.", "Do you have a valid rod licence?"),
])
def test_what_you_hold_is_the_condition(text, question):
    assert parsed(text) == ("q1", [question])


@pytest.mark.parametrize("text", [
    "This allows you to grow four plants.",  # a pronoun names nothing to hold
    "The law allows you to appeal within 30 days.",  # a law is no condition of the reader
])
def test_no_holder_no_condition(text):
    assert parse_policy(text).status == NO_CONDITIONS


def test_a_list_of_things_asks_about_it_not_you():
    _, qs = parsed("You may be able to claim for reasonable expenses, for example:\n\n"
                   "* travel expenses to cover your fare\n* meals\n* loss of earnings")
    assert qs == ["Is it a travel expense to cover your fare?", "Is it a meal?", "Is it loss of earnings?"]


def test_a_list_of_people_still_asks_about_you():
    _, qs = parsed("You can get help if you are:\n\n* carers\n* foreign workers\n* the department's representative")
    assert qs == ["Are you a carer?", "Are you a foreign worker?", "Are you the department's representative?"]


def test_types_of_people_are_the_reader():
    linear, qs = parsed("The following types of workers aren't entitled to the National Minimum Wage:\n\n"
                        "* company directors\n* self-employed people running their own business")
    assert qs == ["Are you a company director?", "Are you a self-employed person running your own business?"]


def test_a_required_list_is_all_of_it():
    linear, qs = parsed("To obtain a loan, the law requires that:\n\n* The loan must be to improve a home.\n"
                        "* The borrower must be a satisfactory credit risk.")
    assert linear == "AND(q1, q2)"


def test_a_you_have_stub_asks_have_you():
    _, qs = parsed("You can apply for this visa if you're sponsored and you've:\n\n"
                   "* finished a recognised UK degree in medicine\n* received that degree from a registered sponsor")
    assert qs[1:] == ["Have you finished a recognised UK degree in medicine?",
                      "Have you received that degree from a registered sponsor?"]


def test_items_after_a_person_who_are_about_the_reader():
    _, qs = parsed("Clothing Allowance is paid to any Veteran who, because of a service-connected disability:\n\n"
                   "* uses medication prescribed for a skin condition, OR\n* needs a wheelchair")
    assert qs == ["Do you use medication prescribed for a skin condition?", "Do you need a wheelchair?"]


@pytest.mark.parametrize("text, linear, question", [
    # a bracket that is the whole condition
    ("The certificates don't expire (unless the country you're exporting to specifies a time limit).",
     "NOT(q1)", "Does the country you're exporting to specify a time limit?"),
    ("You can get the grant (if you are over 18) from the council.", "q1", "Are you over 18?"),
    # a fronted condition about something other than the reader
    ("Where a specific amount needs paying, you can set a target amount.", "q1", "Does a specific amount need paying?"),
    ("When the child turns 16, you must tell us.", "q1", "Does the child turn 16?"),
    # "To get X you must …" (spaCy reads the requirement as a relative clause of X)
    ("To get the basic State Pension you must have paid National Insurance contributions.", "q1",
     "Have you paid National Insurance contributions?"),
])
def test_conditions_found_in_more_places(text, linear, question):
    assert parsed(text) == (linear, [question])


def test_a_pronoun_opening_is_not_a_new_condition():
    _, qs = parsed("Charities and clubs can register with HMRC. When they're registered, they can claim back the tax.")
    assert qs == ["Are you a charity?", "Are you a club?"]


@pytest.mark.parametrize("text", [
    "You may also be able to claim it in:\n\n* Kosovo\n* Bosnia and Herzegovina\n* Serbia",
    "## Countries outside the EEA\n\nBereavement Support Payment:\n\n* Kosovo\n* Bosnia and Herzegovina\n* Serbia",
])
def test_a_list_of_places_asks_where_you_are(text):
    assert parsed(text) == ("OR(q1, q2, q3)", ["Are you in Kosovo?", "Are you in Bosnia and Herzegovina?",
                                               "Are you in Serbia?"])


@pytest.mark.parametrize("text, linear, questions", [
    ("Parents whose child is under 5 can get help.", "q1", ["Is your child under 5?"]),
    ("Apprentices over 19 who have completed the first year of their apprenticeship are entitled to the "
     "apprentice rate.", "AND(q1, q2)", ["Are you over 19?", "Have you completed the first year of your apprenticeship?"]),
])
def test_who_the_subject_is(text, linear, questions):
    assert parsed(text) == (linear, questions)


@pytest.mark.parametrize("text, linear, questions", [
    ("SBA can only approve loans to applicants with a reasonable ability to repay the loan.", "q1",
     ["Do you have a reasonable ability to repay the loan?"]),
    ("The tax applies to vehicles having a taxable gross weight of 55,000 pounds or more.", "q1",
     ["Does the vehicle have a taxable gross weight of 55,000 pounds or more?"]),
    ("Tax relief applies to pension contributions, charity donations and maintenance payments.", "OR(q1, q2, q3)",
     ["Is it a pension contribution?", "Is it a charity donation?", "Is it a maintenance payment?"]),
])
def test_who_or_what_a_rule_applies_to(text, linear, questions):
    assert parsed(text) == (linear, questions)


def test_a_list_protected_from_a_negative_conclusion():
    # a listed benefit is never reduced, and without fraud nothing is: OR(list, NOT(fraud)) for "can't be reduced"
    p = parse_policy("The following benefits can't be reduced or stopped if you commit benefit fraud:\n\n"
                     "* Attendance Allowance\n* Child Benefit")
    assert p.linear == "OR(q1, q2, NOT(q3))"
    assert p.conclusion.polarity == "negative"


def test_a_fronted_condition_ends_where_youll_starts():
    assert parsed("If you don't have access to HPOS or wish to use other online services you'll need a "
                  "PKI certificate.") == ("OR(NOT(q1), q2)", ["Do you have access to HPOS?",
                                                              "Do you wish to use other online services?"])


def test_a_time_phrase_in_the_stub_follows_each_item():
    _, qs = parsed("You contributed if at any time between 6 April 2002 and 5 April 2016 you were:\n\n"
                   "* employed and earning at least the lower earnings limit - this was £5,824 in 2015\n"
                   "* looking after children under 12")
    assert qs == ["Were you employed and earning at least the lower earnings limit at any time between 6 April 2002 "
                  "and 5 April 2016?",
                  "Were you looking after children under 12 at any time between 6 April 2002 and 5 April 2016?"]


def test_relatives_of_listed_people():
    linear, qs = parsed("You must be a son, daughter, or spouse of a:\n\n"
                        "* A Veteran who died as the result of a service-connected disability. The disability must "
                        "arise out of active service.\n* A Servicemember missing in action.")
    assert linear == "OR(q1, q2)"
    assert qs == ["Are you a son, daughter, or spouse of a Veteran who died as the result of a service-connected "
                  "disability?", "Are you a son, daughter, or spouse of a Servicemember missing in action?"]


def test_quoted_terms_keep_their_quotes_and_a_concession_is_dropped():
    policy = parse_policy("You usually can’t get tax credits if you’re ‘subject to immigration control’, "
                          "although there are some exceptions.")
    assert [q.text for q in policy.questions] == ["Are you ‘subject to immigration control’?"]


def test_a_possessive_apostrophe_stays_on_its_word():
    policy = parse_policy("You can get it if you paid married women’s or widows’ reduced rate National Insurance.")
    assert [q.text for q in policy.questions] == ["Did you pay married women’s or widows’ reduced rate National Insurance?"]


def test_a_quoted_item_keeps_its_opening_quote_and_an_aside_after_a_dash_is_dropped():
    policy = parse_policy("You can claim the following expenses:\n\n"
                          "* a meal - £4.25 if you’re away for more than 5 hours\n* loss of earnings\n")
    assert [q.text for q in policy.questions] == ["Is it a meal?", "Is it loss of earnings?"]
    policy = parse_policy("Exempt items include:\n\n* ‘non-sales’ like bartering and gifts\n"
                          "* business goods used for personal reasons\n")
    assert policy.questions[0].text == "Is the item ‘non-sales’ like bartering and gifts?"


def test_items_after_to_export_are_things_not_the_reader():
    policy = parse_policy("You need permission to export:\n\n* controlled drugs like opioids\n* radioactive substances\n")
    # one thing each, as "a radioactive substance"
    assert [q.text for q in policy.questions] == ["Is it a controlled drug like opioids?",
                                                  "Is it a radioactive substance?"]


def test_double_star_items_are_a_level_down_and_examples_answer_their_item():
    policy = parse_policy("You will need to apply for an EAD if you:\n\n"
                          "* Are authorized to work in the United States because of your immigration status, or\n"
                          "* Are required to apply for permission to work. For example:\n"
                          "** You have a pending Form I-485.\n** You have a pending Form I-589.\n")
    assert [q.text for q in policy.questions] == [
        "Are you authorized to work in the United States because of your immigration status?",
        "Are you required to apply for permission to work?",
        "Do you have a pending Form I-485?", "Do you have a pending Form I-589?"]
    assert policy.linear == "OR(q1, q2, q3, q4)"
    assert [c.id for c in policy.clauses if c.kind == "bullet"] == ["bullet 1", "bullet 2", "bullet 3", "bullet 4"]


def test_no_thing_may_is_a_negative_conclusion():
    policy = parse_policy("No cooperative may be located in any of the following areas:\n\n"
                          "** Where prohibited by city, town, or county zoning laws.\n")
    assert policy.conclusion.polarity == "negative"
    assert [q.text for q in policy.questions] == ["Is the cooperative prohibited by city, town, or county zoning laws?"]


def test_even_if_concedes_and_sets_no_condition():
    linear, qs = parsed("You can get Carer’s Allowance if you pay a carer or personal assistant directly, "
                        "even if you get money from your local council.")
    assert (linear, qs) == ("q1", ["Do you pay a carer or personal assistant directly, even if you get money from "
                                   "your local council?"])


@pytest.mark.parametrize("text, question, polarity", [
    ("You don’t need a certificate to move medical devices within the EU.",
     "Are you moving medical devices within the EU?", "negative"),
    ("You can’t claim tax credits and Universal Credit at the same time.", "Are you claiming Universal Credit?",
     "negative"),
    ("You can also claim your State Pension abroad.", "Are you abroad?", "positive"),
    ("You may also be able to claim bereavement benefits in some countries outside the EEA.",
     "Are you in a country outside the EEA?", "positive"),
])
def test_what_scopes_a_conclusion_without_a_cue_is_the_condition(text, question, polarity):
    p = parse_policy(text)
    assert (p.linear, [q.text for q in p.questions]) == ("q1", [question])
    assert p.conclusion.polarity == polarity and question not in p.conclusion.text


def test_a_plain_statement_still_has_no_conditions():
    assert parse_policy("You can get a low-interest loan towards your deposit.").tree is None


@pytest.mark.parametrize("intro, linear", [("if the following apply:", "AND(q1, q2)"),
                                           ("if one of the following applies:", "OR(q1, q2)"),
                                           ("if either the following apply:", "OR(q1, q2)")])
def test_the_following_apply_means_all_of_them(intro, linear):
    assert parsed(f"You can get it {intro}\n\n* you have a room\n* you get pocket money")[0] == linear


def test_a_time_limit_intro_hands_its_items_the_limit():
    linear, qs = parsed("You must usually send your appeal within a month of either:\n\n"
                        "* the date of your mandatory reconsideration notice\n* the date of the decision you’re appealing")
    assert linear == "OR(q1, q2)"
    assert qs == ["Are you within a month of the date of your mandatory reconsideration notice?",
                  "Are you within a month of the date of the decision you’re appealing?"]


@pytest.mark.parametrize("text, question", [
    ("You can cancel your registration if your VAT taxable turnover falls below the threshold of £83,000.",
     "Does your VAT taxable turnover fall below the threshold of £83,000?"),
    ("You’ll get an extra payment if your ex-partner is ordered to share their pension with you.",
     "Is your ex-partner ordered to share their pension with you?"),
    ("If the employee unreasonably refuses to take the similar job the employer can take this as their resignation.",
     "Does the employee unreasonably refuse to take the similar job?"),
])
def test_a_clause_with_its_own_subject_is_asked_about_that_subject(text, question):
    assert parsed(text)[1] == [question]


def test_a_negation_that_qualifies_one_part_stays_in_the_question():
    linear, qs = parsed("You may also qualify if you’re:\n\n"
                        "* a serving member of the UK armed forces not resident in the UK\n"
                        "* not a UK national but you’ve lived in the UK for at least 20 years\n* not a student")
    assert linear == "OR(q1, q2, NOT(q3))"
    assert qs == ["Are you a serving member of the UK armed forces not resident in the UK?",
                  "Are you not a UK national but you’ve lived in the UK for at least 20 years?", "Are you a student?"]
    assert parsed("You can get it if your partner is not working.") == ("NOT(q1)", ["Is your partner working?"])


def test_not_working_because_stays_whole_and_a_lone_either_goes():
    linear, qs = parsed("You may be able to get Child Tax Credit if you’re either working in the UK or you’re not "
                        "working because you’re:\n\n* retired\n* sick or disabled")
    assert linear == "OR(q1, q2, q3)"
    assert qs == ["Are you working in the UK?", "Are you not working because you're retired?",
                  "Are you not working because you're sick or disabled?"]


@pytest.mark.parametrize("text, question", [
    ("You can get it if you have recently updated your address.", "Have you recently updated your address?"),
    ("You can get it if your partner has recently died.", "Has your partner recently died?"),
    ("You can get it if you have a car.", "Do you have a car?"),
])
def test_an_adverb_inside_a_perfect_keeps_have_the_auxiliary(text, question):
    assert parsed(text)[1] == [question]


def test_a_purpose_inside_an_example_is_not_trimmed():
    assert parsed("You’re committing benefit fraud if you are dishonest in order to get benefits, like continuing "
                  "to claim the pension of someone who has died.")[1] == [
        "Are you dishonest in order to get benefits, like continuing to claim the pension of someone who has died?"]
    assert parsed("You can get it if you need 10 qualifying years to get any State Pension.")[1] == [
        "Do you need 10 qualifying years?"]


def test_a_negation_inside_a_clause_the_condition_opens_stays_there():
    assert parsed("A person is a worker if they have to turn up for work even if they don’t want to.") == (
        "q1", ["Do you have to turn up for work even if you don’t want to?"])


def test_a_possessive_name_keeps_its_capital():
    qs = parsed("The following benefits can be reduced if you commit fraud:\n\n* Carer’s Allowance\n* Income Support")[1]
    assert qs[:2] == ["Is the benefit Carer’s Allowance?", "Is the benefit Income Support?"]


def test_a_coordinated_subject_keeps_its_verb():
    assert parsed("Your tax credits can go up or down if your family or work life change.")[1] == [
        "Do your family or work life change?"]


def test_a_form_listed_for_a_case_applies_under_the_items_own_condition():
    p = parse_policy("You might also need to fill in a form for:\n\n* growing season inspections (form PHE 86) (PDF, "
                     "271KB, 2 pages) if the importing country tells you to have an inspection carried out\n")
    assert [q.text for q in p.questions] == ["Does the importing country tell you to have an inspection carried out?"]
