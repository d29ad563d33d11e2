import pytest

torch = pytest.importorskip("torch")
transformers = pytest.importorskip("transformers")

from pcd.answering import answer, get_answerer  # noqa: E402
from pcd.answering.nli import map_nli_labels  # noqa: E402

WORDS = "[PAD] [UNK] [CLS] [SEP] [MASK] i am are you over 65 70 years old a car the item is an . ?".split()


def tiny_nli(tmp_path, favour: str):
    """A randomly initialised tiny BERT NLI model whose classifier bias favours one label."""
    from transformers import BertConfig, BertForSequenceClassification, BertTokenizer

    (tmp_path / "vocab.txt").write_text("\n".join(WORDS) + "\n")
    tok = BertTokenizer(str(tmp_path / "vocab.txt"))
    id2label = {0: "CONTRADICTION", 1: "NEUTRAL", 2: "ENTAILMENT"}
    cfg = BertConfig(vocab_size=len(WORDS), hidden_size=16, num_hidden_layers=1, num_attention_heads=2,
                     intermediate_size=32, max_position_embeddings=64, num_labels=3, id2label=id2label,
                     label2id={v: k for k, v in id2label.items()})
    torch.manual_seed(0)
    model = BertForSequenceClassification(cfg)
    with torch.no_grad():
        model.classifier.bias.zero_()
        model.classifier.bias[{v: k for k, v in id2label.items()}[favour]] = 50.0
    model.save_pretrained(tmp_path)
    tok.save_pretrained(tmp_path)
    return tmp_path


@pytest.mark.parametrize("favour, value", [("ENTAILMENT", "yes"), ("CONTRADICTION", "no"), ("NEUTRAL", "unknown")])
def test_nli_label_mapping(tmp_path, favour, value):
    d = tiny_nli(tmp_path, favour)
    nli = get_answerer("nli", model_dir=d)
    out = answer(["Are you over 65?", "Is the item a car?"], "I am 70 years old.", answerer=nli)
    assert [a.value for a in out] == [value, value]
    assert all(a.answerer == "nli" and 0.99 <= a.confidence <= 1.0 for a in out)
    if value != "unknown":
        assert out[0].evidence.kind == "scenario" and out[0].evidence.span == (0, 18)


def test_nli_label_names():
    assert map_nli_labels({0: "entailment", 1: "neutral", 2: "contradiction"}) == [0, 2, 1]
    with pytest.raises(ValueError, match="cannot map"):
        map_nli_labels({0: "LABEL_0", 1: "LABEL_1"})


def test_nli_needs_a_directory(tmp_path):
    with pytest.raises(ValueError):
        get_answerer("nli", model_dir=None)
    with pytest.raises(FileNotFoundError):
        get_answerer("nli", model_dir=tmp_path / "missing")
