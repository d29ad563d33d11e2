"""The quantities answerer: exact threshold arithmetic on hours, earnings and staff, abstention otherwise."""

import pytest

from hypothesis import given
from hypothesis import strategies as st

from pcd.answering import DEFAULT_CHAIN, answer
from pcd.answering.quantities import QuantityAnswerer, quantity_test, stated_quantities

# (question template, statement templates, law)
FAMILIES = [
    ("Do you work at least {n} hours a week?", ["I work {v} hours a week.", "I usually work {v} hours per week at a shop."],
     lambda v, n: v >= n),
    ("Do you work more than {n} hours per week?", ["I work {v} hours a week."], lambda v, n: v > n),
    ("Do you work {n} hours or more a week?", ["I'm working {v} hours a week."], lambda v, n: v >= n),
    ("Do you earn more than £{n} a week?", ["I earn £{v} a week.", "I get paid £{v} per week."], lambda v, n: v > n),
    ("Do you earn less than £{n} a month?", ["I earn £{v} a month."], lambda v, n: v < n),
    ("Is your annual income over £{n}?", ["My annual income is £{v}."], lambda v, n: v > n),
    ("Does your business have fewer than {n} employees?", ["Our company has {v} employees.", "We employ {v} people."],
     lambda v, n: v < n),
]


@given(st.integers(0, 200_000), st.integers(1, 200_000), st.integers(0, len(FAMILIES) - 1), st.data())
def test_threshold_arithmetic(value, n, k, data):
    question, statements, law = FAMILIES[k]
    scenario = "I live in Leeds. " + data.draw(st.sampled_from(statements)).format(v=f"{value:,}")
    got = QuantityAnswerer().answer_batch([question.format(n=f"{n:,}")], scenario)[0]
    assert got is not None and got.value == ("yes" if law(value, n) else "no")
    assert got.evidence.kind == "scenario" and f"{value:,}" in got.evidence.text


def test_abstains_when_not_sure():
    a = QuantityAnswerer()
    assert a.answer_batch(["Do you work at least 16 hours a week?"], "I work 60 hours a month.") == [None]  # period
    assert a.answer_batch(["Do you earn more than £100 a week?"], "I work 40 hours a week.") == [None]  # quantity
    assert a.answer_batch(["Do you work at least 16 hours a week in the UK?"], "I work 40 hours a week.") == [None]
    assert a.answer_batch(["Do you work at least 16 hours a week?"], "My husband works 40 hours a week.") == [None]
    two = "I work 10 hours a week. Next year I work 30 hours a week."
    assert a.answer_batch(["Do you work at least 16 hours a week?"], two) == [None]  # two values
    assert quantity_test("Do you work for a charity?") is None
    assert stated_quantities("I like long walks.") == {}


def test_in_the_default_chain_before_the_model():
    assert DEFAULT_CHAIN.index("quantities") < DEFAULT_CHAIN.index("cross-encoder")
    a = answer(["Do you work at least 16 hours a week?", "Do you have children?"], "I work 40 hours a week.",
               answerer="quantities")
    assert a[0].value == "yes" and a[0].answerer == "quantities"
    assert a[1].value == "unknown"  # abstained, nothing after it in this chain


def test_spelled_quantities_compare_as_digits():
    unit, test = quantity_test("Do you work at least sixteen hours a week?")
    assert unit == "hours/week" and test(16) and not test(15)
    out = QuantityAnswerer().answer_batch(["Do you work at least 16 hours a week?"], "I work thirty hours a week.")
    assert out[0].value == "yes" and out[0].evidence.text == "I work thirty hours a week."


PRICED = [
    ("Is the loan over ${n}?", ["We approved a ${v} loan.", "The bank gave her a loan of ${v}."], lambda v, n: v > n),
    ("Is the gift worth more than £{n}?", ["A supplier sent him a gift worth £{v}.", "He accepted a £{v} gift."],
     lambda v, n: v > n),
    ("Is the expense at least £{n}?", ["The expense was £{v} in total.", "I claimed a £{v} expense."],
     lambda v, n: v >= n),
    ("Does the purchase cost less than €{n}?", ["The team made a purchase costing €{v}."], lambda v, n: v < n),
]


@given(st.integers(0, 200_000), st.integers(1, 200_000), st.integers(0, len(PRICED) - 1), st.data())
def test_a_things_price_against_its_bound(value, n, k, data):
    # company rules bound things by price ("Loans over $50,000 must not be approved without a guarantee"); the model
    # said "no" to "Is the loan over $50,000?" for "an $80,000 loan"
    question, statements, law = PRICED[k]
    scenario = data.draw(st.sampled_from(statements)).format(v=f"{value:,}") + " It was a busy week."
    got = QuantityAnswerer().answer_batch([question.format(n=f"{n:,}")], scenario)[0]
    assert got is not None and got.value == ("yes" if law(value, n) else "no")
    assert f"{value:,}" in got.evidence.text


def test_a_price_needs_the_same_thing_and_currency():
    a = QuantityAnswerer()
    assert a.answer_batch(["Is the loan over $50,000?"], "We spent $80,000 on a new roof.") == [None]  # not the loan
    assert a.answer_batch(["Is the loan over $50,000?"], "We approved an £80,000 loan.") == [None]  # currency
    assert a.answer_batch(["Is the loan over $50,000?"], "A $10,000 loan and a $90,000 loan were approved.") == [None]
    assert quantity_test("Is the child over 16?") is None  # an age, not a price
    assert a.answer_batch(["Is the loan over $50,000?"], "We approved a $65k loan.")[0].value == "yes"


def test_a_verb_prices_the_thing_it_implies_only_when_alone():
    a = QuantityAnswerer()
    expense = "Is the expense over £100?"
    assert a.answer_batch([expense], "I claimed £150 for a client dinner.")[0].value == "yes"
    assert a.answer_batch(["Is the loan over $50,000?"], "We borrowed $40,000 from the bank.")[0].value == "no"
    assert a.answer_batch(["Is the purchase over £500?"], "I bought a new laptop for £900.")[0].value == "yes"
    # two amounts in one sentence: which one is the expense is not for arithmetic to guess
    assert a.answer_batch([expense], "I claimed £50 for a taxi and £150 for a hotel.") == [None]


def test_what_was_given_is_the_gift():
    # what the parser asks of "Any gift worth more than £50 must be recorded"; the model had said "no" to the £200 watch
    a = QuantityAnswerer()
    gift = "Is the gift worth more than £50?"
    assert a.answer_batch([gift], "A supplier gave me a watch worth £200.")[0].value == "yes"
    assert a.answer_batch([gift], "A client sent us a hamper worth £30 and a card.")[0].value == "no"
    assert a.answer_batch([gift], "A supplier gave me a watch.") == [None]  # no price said


def test_things_priced_in_the_plural():
    # "Staff must not accept gifts if they are worth more than £50" asks "Are the gifts worth more than £50?"
    a = QuantityAnswerer()
    assert a.answer_batch(["Are the gifts worth more than £50?"], "A supplier gave me a watch worth £200.")[0].value \
        == "yes"
    assert quantity_test("Is the business worth over £5,000?")[0] == "price/£/business"  # its own "s" stays


@pytest.mark.parametrize("scenario, question, value", [
    # income is what one gets from anywhere: a pension or benefits answer it, but say nothing of earnings
    ("I'm 70 and get £180 a week.", "Is your weekly income below £201.05?", "yes"),
    ("I get £180 a week from my pension.", "Is your income less than £150 a week?", "no"),
    ("My income is £250 a week.", "Is your weekly income below £201.05?", "no"),
    ("I earn £180 a week.", "Is your weekly income below £201.05?", "yes"),
    # money over another period, converted where the answer holds 5% either way
    ("I earn £30,000 a year.", "Do you earn more than £166 a week?", "yes"),
    ("I get paid £800 a month.", "Is your weekly income below £201.05?", "yes"),
    ("My annual salary is £9,000.", "Do you earn at least £123 a week?", "yes"),
])
def test_income_and_other_periods(scenario, question, value):
    assert QuantityAnswerer().answer_batch([question], scenario)[0].value == value


@pytest.mark.parametrize("scenario, question", [
    ("I get £180 a week from my pension.", "Do you earn less than £200 a week?"),  # a pension is no earnings
    ("My son lives with me and gets £100 a week.", "Is your weekly income below £201.05?"),  # not the reader's
    ("I earn £30,000 a year.", "Do you earn more than £570 a week?"),  # £577: too close once converted
    ("I earn £1,000 a month. I earn £20,000 a year.", "Do you earn more than £500 a week?"),  # two values
])
def test_income_abstains(scenario, question):
    assert QuantityAnswerer().answer_batch([question], scenario) == [None]


@pytest.mark.parametrize("question, scenario, expected", [
    # hours of care (the model said "yes" to the 20-hour case)
    ("Do you care for someone at least 35 hours a week?", "I look after my dad for 20 hours a week.", "no"),
    ("Do you care for someone at least 35 hours a week?",
     "I look after my mum for about 40 hours a week and she gets Attendance Allowance.", "yes"),
    # a household's income (the model said "yes" to the £30,000 case), converted across periods
    ("Is your household income below £25,000 a year?", "Our household income is £30,000 a year.", "no"),
    ("Is your household income below £25,000 a year?", "Our household income is £1,500 a month.", "yes"),
    # one person's income is not the household's
    ("Is your income below £25,000 a year?", "Our household income is £20,000 a year.", None),
    ("Is your household income below £25,000 a year?", "I earn £20,000 a year.", None),
    ("Do you care for someone at least 35 hours a week?", "I work 40 hours a week.", None),
])
def test_hours_of_care_and_household_income(question, scenario, expected):
    got = QuantityAnswerer().answer_batch([question], scenario)[0]
    assert (got.value if got else None) == expected


@pytest.mark.parametrize("question, scenario, expected", [
    ("Does hand luggage weigh more than 7kg?", "My bag weighs 9kg.", "yes"),  # the model said "no"
    ("Does hand luggage weigh more than 7kg?", "I have a 6kg rucksack.", "no"),
    ("Does the parcel weigh less than 500g?", "The parcel weighs 0.4 kg.", "yes"),  # grams and a decimal point
    ("Does hand luggage weigh more than 7kg?", "My bag weighs 5 kg and my suitcase 20kg.", None),  # two weights
])
def test_a_weight_against_a_limit(question, scenario, expected):
    got = QuantityAnswerer().answer_batch([question], scenario)[0]
    assert (got.value if got else None) == expected


def test_a_decimal_point_ends_no_sentence():
    from pcd.answering.text import sentences
    assert [s for s, _ in sentences("The parcel weighs 0.4 kg. It costs £3.50! Done")] == \
        ["The parcel weighs 0.4 kg.", "It costs £3.50!", "Done"]


@pytest.mark.parametrize("question, scenario, expected", [
    # SSP's wording, and earnings after a comma (the model said "yes" at 0.54 either way)
    ("Do you earn an average of at least £123 a week?",
     "I'm an employee, earn £300 a week, and have been off sick for 2 days.", "yes"),
    ("Do you earn more than £100 a week?", "I am 70, my wife earns £300 a week.", None),  # hers, not mine
])
def test_average_earnings_and_a_listed_statement(question, scenario, expected):
    got = QuantityAnswerer().answer_batch([question], scenario)[0]
    assert (got.value if got else None) == expected


@pytest.mark.parametrize("scenario, question, expected", [
    # what the reader spent on an order, against "Customers who spend over £100 get free delivery" (the model: "yes"
    # to £80 and "no" to £150)
    ("I spent £80.", "Do you spend over £100?", "no"),
    ("My order came to £150.", "Do you spend over £100?", "yes"),
    ("My order came to £150.", "Do you spend more than £100 on your order?", "yes"),
    ("I spent £80 on shoes and £40 on a bag.", "Do you spend over £100?", None),  # two amounts: no one total
    ("I spent 3 hours there.", "Do you spend over £100?", None),  # not money
], ids=["80", "150", "on-order", "two-amounts", "hours"])
def test_what_the_reader_spent(scenario, question, expected):
    got = QuantityAnswerer().answer_batch([question], scenario)[0]
    assert (got.value if got else None) == expected


@pytest.mark.parametrize("scenario, expected", [
    ("A supplier gave me a bottle of wine worth £30.", "no"),  # the model: "yes" 0.51
    ("A supplier gave me tickets worth £200 and I accepted them.", None),  # worth more: was it accepted? not ours
    ("A supplier gave me a pen.", None),
], ids=["under", "over", "no-amount"])
def test_a_bound_on_what_a_thing_is_worth_inside_an_act(scenario, expected):
    got = QuantityAnswerer().answer_batch(["Do you accept gifts worth more than £50 from suppliers?"], scenario)[0]
    assert (got.value if got else None) == expected
