"""The durations answerer: a length of time (a delay, service, notice, an absence, how far ahead) against a rule's
limit, across units; abstention where the sentence is about something or someone else."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pcd import check
from pcd.answering import DEFAULT_CHAIN, answer
from pcd.answering.durations import DurationAnswerer, duration_test, stated_durations

HOURS = {"hour": 1, "day": 24, "week": 168, "month": 730.5, "year": 8766}
BOUNDS = {"more than": lambda v, n: v > n, "at least": lambda v, n: v >= n, "less than": lambda v, n: v < n,
          "no more than": lambda v, n: v <= n}


@given(st.integers(1, 60), st.sampled_from(sorted(HOURS)), st.integers(1, 60), st.sampled_from(sorted(HOURS)),
       st.sampled_from(sorted(BOUNDS)))
def test_duration_arithmetic_across_units(n, unit, stated, stated_unit, bound):
    question = f"Is your flight delayed by {bound} {n} {unit}s?"
    got = DurationAnswerer().answer_batch([question], f"We flew home on Sunday. My flight was delayed {stated} "
                                                      f"{stated_unit}s.")[0]
    value, limit = stated * HOURS[stated_unit], n * HOURS[unit]
    if unit != stated_unit and abs(value - limit) <= 0.1 * limit:
        assert got is None  # "4 weeks" against "one month": too close to tell across units
        return
    assert got is not None and got.value == ("yes" if BOUNDS[bound](value, limit) else "no")
    assert got.evidence.text == f"My flight was delayed {stated} {stated_unit}s."


@pytest.mark.parametrize("question, scenario, expected", [
    ("Do you have at least 26 weeks of continuous service?", "I have worked here for a year.", "yes"),
    ("Do you have at least 26 weeks of continuous service?", "I started 2 months ago.", "no"),
    ("Do you cancel at least 48 hours before your appointment?", "I cancelled my appointment the day before.", "no"),
    ("Do you cancel at least 48 hours before your appointment?", "I cancelled three days before the appointment.",
     "yes"),
    ("Do you give at least one month's written notice before moving out?",
     "I emailed my landlord two weeks before I moved out.", "no"),
    ("Do you give at least one month's written notice before moving out?",
     "I gave my landlord two months notice in writing.", "yes"),
    ("Are you absent for more than 10 days in a term?", "I missed 12 days this term.", "yes"),
    ("Have you lived in the UK for at least 3 years?", "I moved to the UK 2 years ago.", "no"),
    ("Is the loan for longer than 25 years?", "We need a loan for 30 years to buy the farm.", "yes"),
    ("Did you defer for less than 12 months?", "I deferred for a year and a half.", "no"),
    ("Is the meeting longer than 2 hours?", "The meeting lasted half an hour.", "no"),
    ("Is the sick leave more than seven days?", "I was off sick for ten days.", "yes"),
    ("Is the absence more than 3 days?", "I was off for 2 days with flu.", "no"),
    # a deadline: "within" a length is at most it; what the time runs from is not the event
    ("Are requests for access to personal data answered within one month?",
     "We replied to the access request after six weeks.", "no"),
    ("Do you report any data breach to the Data Protection Officer within 24 hours of discovering it?",
     "I found the breach and told the Data Protection Officer 2 days later.", "no"),
    ("Do you return the goods within 14 days?", "I returned the goods after 10 days.", "yes"),
    # a length in a row (the model said "no" to "off sick for 5 days"), notice sent as a letter (the model: "no")
    ("Are you absent for more than 3 consecutive days?", "I was off sick for 5 days and sent my manager a fit note.",
     "yes"),
    ("Do you give at least one month's written notice before moving out?",
     "I sent my landlord a letter six weeks before I moved out.", "yes"),
    ("Do you give at least one month's written notice before moving out?",
     "I emailed my landlord two weeks before I moved out.", "no"),
    ("Have you worked here for at least 2 years?", "I joined eight months ago.", "no"),  # "here" names no event
    # "30 days' notice" is at least that much (the model said "yes" to two weeks)
    ("Do you give 30 days' notice?", "I gave the gym two weeks' notice.", "no"),
    ("Do you give 30 days' written notice?", "I gave my landlord two months' written notice by letter.", "yes"),
    # how long, and how far ahead, in one sentence (two lengths: it abstained)
    ("Are leave requests submitted at least 4 weeks in advance?", "I asked for 10 days off two weeks before my holiday.",
     "no"),
    ("Is the request more than 5 days?", "I asked for 2 days off the day before.", "no"),
    # days between two weekdays for a deadline, "lost or stolen" as one thing (the model said "yes")
    ("Do you report lost or stolen laptops to IT within 24 hours?",
     "My laptop was stolen from my car on Friday and I told IT on Monday.", "no"),
    ("Do you report lost or stolen laptops to IT within 24 hours?",
     "I lost my laptop on the train and emailed IT an hour later.", "yes"),
    ("Did you report it within 3 days?", "I lost my wallet on Monday and reported it the next day.", "yes"),
])
def test_reads_the_length_the_scenario_gives_the_event(question, scenario, expected):
    got = DurationAnswerer().answer_batch([question], scenario)[0]
    assert got is not None and got.value == expected and got.evidence.text == scenario


@pytest.mark.parametrize("question, scenario", [
    ("Do you work more than 3 days?", "I work on Monday and on Friday."),  # two weekdays are no length but for a deadline
    ("Are you absent for more than 10 days in a term?", "My son missed 12 days this term."),  # someone else
    ("Have you lived in the UK for at least 3 years?", "I have lived in France for five years."),  # another place
    ("Have you been self-employed for at least 2 years?", "I have worked at a bakery for 3 years."),  # not self-
    ("Do you give at least one month's written notice before moving out?",
     "I told my landlord two months before."),  # long enough, but not said to be written
    ("Do you cancel at least 48 hours before your appointment?", "I cancelled 3 days after the appointment."),
    ("Is your flight delayed by more than 3 hours?", "My flight was delayed 2 hours, then 5 hours more."),  # two
    ("Is your flight delayed by more than 4 weeks?", "My flight was delayed a month."),  # too close across units
    ("Is your flight delayed by more than 3 hours?", "I work 30 hours a week."),  # a rate, another event
    ("Have you been employed for at least 2 years?", "I'm 45 years old and have a job."),  # an age
    ("Is the sick leave more than seven days?", "I took three days of annual leave."),  # not sick leave
    ("Do you report the breach to the Information Commissioner within 72 hours?",
     "I reported the breach to my manager after 2 days."),  # another recipient named
])
def test_abstains_where_the_sentence_does_not_give_that_length(question, scenario):
    assert DurationAnswerer().answer_batch([question], scenario) == [None]


@pytest.mark.parametrize("question", [
    "Has it been more than 30 days since purchase?",  # a time since: the elapsed answerer's
    "Do you work at least 16 hours a week?",  # a rate: the quantities answerer's
    "Have you claimed in the last 2 years?",  # a window
    "Are you over 65?",  # an age
    "Is the delay more than 3 hours or the flight cancelled?",  # alternatives
])
def test_only_questions_that_bound_a_length_are_read(question):
    assert duration_test(question) is None


def test_stated_lengths_skip_ages_rates_and_times_since():
    assert stated_durations("I bought it 3 days ago.") == []  # the elapsed answerer's
    assert stated_durations("I am 40 years old and work 30 hours a week.") == []
    assert stated_durations("I joined the company 3 years ago.") == [(3 * 8766.0, "year")]
    assert stated_durations("We had a 5-hour delay.") == [(5.0, "hour")]


def test_in_the_default_chain_and_in_a_check():
    assert DEFAULT_CHAIN.index("elapsed") < DEFAULT_CHAIN.index("durations") < DEFAULT_CHAIN.index("cross-encoder")
    [got] = answer(["Do you have at least 26 weeks of continuous service?"], "I started 2 months ago.")
    assert (got.value, got.answerer) == ("no", "durations")
    policy = "Employees with at least 26 weeks of continuous service can request flexible working."
    assert check(policy, "I started 2 months ago.", question="Can I request flexible working?").label == \
        "non_compliant"
    assert check(policy, "I have worked here for a year.", question="Can I request flexible working?").label == \
        "compliant"


def test_a_place_within_the_named_one_is_the_same_place():
    a = DurationAnswerer()
    got = a.answer_batch(["Have you lived in Wales for at least 12 months?"], "I have lived in Cardiff for two years.")
    assert got[0] is not None and got[0].value == "yes"
    assert a.answer_batch(["Have you lived in the UK for at least 3 years?"],
                          "I have lived in France for five years.") == [None]


def test_being_ill_and_a_rate_beside_it():
    # "£300 a week" is a rate, not a length; "off sick" is being ill; "in a row" asks nothing more
    got = DurationAnswerer().answer_batch(["Have you been ill for at least 4 days in a row?"],
                                          "I'm an employee, earn £300 a week, and have been off sick for 2 days.")[0]
    assert got is not None and got.value == "no"


@pytest.mark.parametrize("scenario, expected", [
    ("We delete records 3 years after the last treatment.", "no"),  # deleted after 3 years: kept 3 (model: "yes")
    ("We keep patient records for 10 years.", "yes"),
])
def test_how_long_a_record_is_kept(scenario, expected):
    got = DurationAnswerer().answer_batch(["Are records kept for at least 7 years after the last treatment?"],
                                          scenario)[0]
    assert got is not None and got.value == expected


@pytest.mark.parametrize("scenario, question, expected", [
    # a thing kept longer than the time it must be returned in was not returned in time (the model: "yes" 0.85)
    ("I have had a book for a month.", "Are books returned within 3 weeks?", "no"),
    ("I've kept the library book for five weeks now.", "Do you return books within 3 weeks?", "no"),
    ("I have had the car for 10 days.", "Do you return the car within 3 weeks?", None),  # may yet be
    ("I returned the book after 10 days.", "Are books returned within 3 weeks?", "yes"),  # as before
], ids=["month", "five-weeks", "not-yet", "returned"])
def test_what_is_still_kept_past_its_return_time_was_not_returned(scenario, question, expected):
    got = DurationAnswerer().answer_batch([question], scenario)[0]
    assert (got.value if got else None) == expected


@pytest.mark.parametrize("scenario, question, expected", [
    # a deadline in working days, between two weekdays (the model: "yes" 0.72 to the first)
    ("The customer complained on Monday and we replied on Friday.",
     "Are customer complaints acknowledged within 2 working days?", "no"),
    ("The customer complained on Monday and we replied on Friday.",
     "Are customer complaints acknowledged within 5 working days?", "yes"),
    ("The customer complained on Friday and we replied on Monday.",  # the weekend does not count
     "Are customer complaints acknowledged within 2 working days?", "yes"),
    ("We replied on Friday.", "Are customer complaints acknowledged within 2 working days?", None),  # one day named
], ids=["mon-fri", "five", "over-weekend", "one-day"])
def test_a_deadline_in_working_days(scenario, question, expected):
    got = DurationAnswerer().answer_batch([question], scenario)[0]
    assert (got.value if got else None) == expected


@pytest.mark.parametrize("scenario, expected", [
    ("I lost my badge on Tuesday and told security on Thursday.", "no"),  # the model: "unknown"
    ("I lost my badge and reported it to security two days later.", "no"),
    ("I lost my badge and told security straight away.", "yes"),
    ("I lost my badge.", None),
], ids=["two-weekdays", "days-later", "straight-away", "unsaid"])
def test_a_duty_done_at_once(scenario, expected):
    got = DurationAnswerer().answer_batch(["Do you report it to security immediately?"], scenario)[0]
    assert (got.value if got else None) == expected


@pytest.mark.parametrize("scenario, expected", [
    ("I bought the train ticket on 1 October and claimed on 20 November.", "no"),  # 50 days
    ("I bought the train ticket on 1 October and claimed the expense on 20 October.", "yes"),
    ("I paid for the hotel on 20 December and submitted my claim on 5 January.", "yes"),  # across the new year
], ids=["50-days", "19-days", "new-year"])
def test_the_days_between_two_dates_for_a_deadline(scenario, expected):
    got = DurationAnswerer().answer_batch(
        ["Are expense claims submitted within 30 days of the expense being incurred?"], scenario)[0]
    assert (got.value if got else None) == expected
