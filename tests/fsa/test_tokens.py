import random
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from fsa import DFA, AutomatonError, BoundsError, TermSpec, TokenIndex, char_automaton, constrained_greedy

SPEC = TermSpec({"AND": (2, None), "OR": (2, None), "NOT": (1, 1)}, [f"q{i}" for i in range(1, 31)], max_depth=3)
CHARS = char_automaton(SPEC.automaton())


def walkable(chars, state, text):
    try:
        chars.walk(text, start=state)
    except AutomatonError:
        return False
    return True


# -- toy vocabularies ----------------------------------------------------------

# every character is a token too (as in byte-level vocabularies), so no state dead-ends
TOY = ["AND(", "NOT(", "q1", "q10", ", ", "))", "1)", "x", "", *"ANDORT()q, 0123456789"]
EOS = len(TOY)


@settings(deadline=None)
@given(st.integers(0, 2**32))
def test_allowed_tokens_are_exactly_the_walkable_ones(seed):
    index = TokenIndex(CHARS, TOY, eos_token_id=EOS)
    rng, state = random.Random(seed), index.initial_state
    for _ in range(12):
        allowed = index.allowed_token_ids(state)
        expected = [i for i, t in enumerate(TOY) if t and walkable(CHARS, state, t)]
        if CHARS.is_accepting(state):
            expected.append(EOS)
        assert allowed == expected
        choice = rng.choice(allowed)
        if choice == EOS:
            break
        nxt = index.advance(state, choice)
        assert nxt == CHARS.walk(TOY[choice], start=state)
        state = nxt


def test_mapping_vocabulary_duplicates_and_eos():
    chars = DFA(0, {0: {"a": 1}}, [1])
    index = TokenIndex(chars, ["a", "a", None, "b"], eos_token_id=2)
    assert index.allowed_token_ids(0) == [0, 1]
    assert index.allowed_token_ids(1) == [2]
    assert index.advance(1, 2) == 1
    assert TokenIndex(chars, {"a": 5, "b": 6}, eos_token_id=0).allowed_token_ids(0) == [5]
    assert TokenIndex(chars, {"a": 5}, eos_token_id=0).vocab_size == 6


def test_advance_refuses_disallowed_tokens():
    index = TokenIndex(CHARS, TOY, eos_token_id=EOS)
    with pytest.raises(AutomatonError, match=r"token 5 \('\)\)'\) is not allowed"):
        index.advance(index.initial_state, TOY.index("))"))
    with pytest.raises(AutomatonError, match="not a state"):
        index.allowed_token_ids("nope")


def test_budget_keeps_only_tokens_that_can_still_finish():
    index = TokenIndex(CHARS, TOY, eos_token_id=EOS)
    s = index.advance(index.initial_state, TOY.index("AND("))  # "q1, q1)": 7 more characters
    assert index.allowed_token_ids(s, budget=0) == []
    assert index.allowed_token_ids(s, budget=5) == []  # the best is "q1", ", ", "q1", ")"
    assert index.allowed_token_ids(s, budget=6) == [TOY.index("q1"), TOY.index("q10")]
    for budget in range(12):
        for t in index.allowed_token_ids(s):
            fits = CHARS.distance(index.advance(s, t)) < budget
            assert (t in index.allowed_token_ids(s, budget=budget)) == fits


def test_constrained_greedy_on_toy_vocab_respects_budget():
    index = TokenIndex(CHARS, TOY, eos_token_id=EOS)
    rng = random.Random(0)
    for _ in range(20):
        scores = [rng.random() for _ in range(EOS + 1)]
        out = constrained_greedy(lambda seq: scores, index, max_tokens=15)
        text = "".join(TOY[t] for t in out if t != EOS)
        assert len(out) <= 15 and CHARS.accepts(text)
    with pytest.raises(BoundsError):
        constrained_greedy(lambda seq: scores, index, max_tokens=0)


# -- SmolLM2's real tokenizer ----------------------------------------------------


@pytest.fixture(scope="module")
def smollm2_index(smollm2_tokenizer, smollm2_vocab):
    return TokenIndex(CHARS, smollm2_vocab, smollm2_tokenizer.eos_token_id)


def test_decoded_vocabulary(smollm2_tokenizer, smollm2_vocab):
    tok, vocab = smollm2_tokenizer, smollm2_vocab
    assert vocab[" AND"] == tok.get_vocab()["ĠAND"]
    assert not set(vocab.values()) & set(tok.all_special_ids)
    assert "<|im_end|>" not in vocab and "" not in vocab
    sample = random.Random(0).sample(sorted(vocab.items()), 500)
    for text, token_id in sample:
        assert tok.decode([token_id]) == text


def test_allowed_tokens_on_smollm2_match_brute_force(smollm2_index, smollm2_vocab):
    state = smollm2_index.initial_state
    for text in ["", "AND(", "AND(q1", "AND(q1, NOT(q2)"]:
        state = CHARS.walk(text)
        expected = sorted(i for t, i in smollm2_vocab.items() if walkable(CHARS, state, t))
        assert smollm2_index.allowed_token_ids(state) == expected


def test_lookup_speed_on_smollm2(smollm2_tokenizer, smollm2_vocab):
    index = TokenIndex(CHARS, smollm2_vocab, smollm2_tokenizer.eos_token_id)
    states = CHARS.states[:300]
    start = time.perf_counter()
    for s in states:
        index.allowed_token_ids(s)
    per_state_ms = (time.perf_counter() - start) * 1000 / len(states)
    assert per_state_ms < 20  # ~0.05 ms measured; generous for loaded CI machines


@settings(max_examples=25, deadline=None)
@given(st.integers(0, 2**32))
def test_greedy_with_random_logits_ends_in_an_accepted_term(smollm2_tokenizer, smollm2_index, seed):
    np = pytest.importorskip("numpy")
    rng = np.random.default_rng(seed)
    size = len(smollm2_tokenizer)
    out = constrained_greedy(lambda seq: rng.standard_normal(size), smollm2_index, max_tokens=40)
    ids = [t for t in out if t != smollm2_tokenizer.eos_token_id]
    text = smollm2_tokenizer.decode(ids)
    assert CHARS.accepts(text)
    SPEC.parse(text)


def test_logits_processor_masks_each_row(smollm2_tokenizer, smollm2_index):
    torch = pytest.importorskip("torch")
    from fsa import ConstrainedLogitsProcessor

    tok, eos = smollm2_tokenizer, smollm2_tokenizer.eos_token_id
    encode = lambda text: tok.convert_tokens_to_ids(tok.tokenize(text))  # noqa: E731
    prompt = encode("Answer:")
    # generated parts of equal length; the last row has finished (EOS, then padding)
    rows = [encode("AND(q1"), encode("OR(q2"), [*encode("q3"), eos, eos]]
    assert len({len(r) for r in rows}) == 1
    input_ids = torch.tensor([prompt + r for r in rows])
    scores = torch.randn(len(rows), len(tok) + 7)  # models often pad the logits
    processor = ConstrainedLogitsProcessor(smollm2_index, prompt_length=len(prompt))
    masked = processor(input_ids, scores)
    for row, generated in enumerate(rows):
        finite = torch.isfinite(masked[row]).nonzero().flatten().tolist()
        if eos in generated:
            assert finite == [eos]
        else:
            state = CHARS.walk(tok.decode(generated))
            assert finite == smollm2_index.allowed_token_ids(state)
            assert torch.equal(masked[row, finite], scores[row, finite])


def test_logits_processor_driven_decoding(smollm2_tokenizer, smollm2_index):
    torch = pytest.importorskip("torch")
    from fsa import ConstrainedLogitsProcessor

    tok, eos = smollm2_tokenizer, smollm2_tokenizer.eos_token_id
    torch.manual_seed(0)
    batch, max_new = 4, 30
    input_ids = torch.full((batch, 3), tok.pad_token_id)
    processor = ConstrainedLogitsProcessor(smollm2_index, prompt_length=3, max_new_tokens=max_new)
    for _ in range(max_new):
        scores = processor(input_ids, torch.randn(batch, len(tok)))
        input_ids = torch.cat([input_ids, scores.argmax(-1, keepdim=True)], dim=1)
    for row in input_ids[:, 3:].tolist():
        text = tok.decode(row[: row.index(eos)] if eos in row else row)
        assert CHARS.accepts(text), text


def test_outlines_core_agrees_at_start_and_along_walks(smollm2_tokenizer, smollm2_vocab):
    pytest.importorskip("outlines_core")
    from fsa import outlines_index

    spec = TermSpec(SPEC.operators, SPEC.leaves, max_depth=2)
    chars = char_automaton(spec.automaton())
    ours = TokenIndex(chars, smollm2_vocab, smollm2_tokenizer.eos_token_id)
    theirs = outlines_index(spec.regex(), smollm2_tokenizer, smollm2_vocab)
    rng = random.Random(0)
    for _ in range(20):
        a, b = ours.initial_state, theirs.get_initial_state()
        for _ in range(25):
            allowed = ours.allowed_token_ids(a)
            assert allowed == sorted(theirs.get_allowed_tokens(b))
            assert ours.is_accepting(a) == theirs.is_final_state(b)
            t = rng.choice(allowed)
            if t == smollm2_tokenizer.eos_token_id:
                break
            a, b = ours.advance(a, t), theirs.get_next_state(b, t)
