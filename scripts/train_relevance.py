"""Train the relevance model (question about this policy, or not?) on ShARC-train policies.

Positives: each train policy with its own initial question. Negatives: the same policy
with questions of other train policies (how ShARC built its Irrelevant examples).
Fits a logistic regression on MiniLM similarity features, picks the threshold that
maximises balanced accuracy on the train pairs, and reports dev_visible figures
(positives: records whose answer is not Irrelevant; negatives: Irrelevant records).

    python scripts/train_relevance.py --data ../shared/data/sharc --out pcd/models/relevance.json
"""

from __future__ import annotations

import argparse
import datetime
import json
import random
from pathlib import Path

import numpy as np

from pcd.relevance import FEATURES, RelevanceModel, pair_features


def fit_logistic(x: np.ndarray, y: np.ndarray, steps: int = 3000, lr: float = 0.5, l2: float = 1e-3):
    """Plain batch gradient descent on standardised features; returns weights, bias in raw units."""
    mu, sd = x.mean(0), x.std(0) + 1e-9
    z = (x - mu) / sd
    w, b = np.zeros(x.shape[1]), 0.0
    for _ in range(steps):
        p = 1 / (1 + np.exp(-(z @ w + b)))
        w -= lr * (z.T @ (p - y) / len(y) + l2 * w)
        b -= lr * float((p - y).mean())
    return w / sd, b - float((w / sd) @ mu)


def balanced_accuracy(prob: np.ndarray, y: np.ndarray, threshold: float, relevant_weight: float = 1.0) -> float:
    """Class-balanced accuracy; ``relevant_weight`` > 1 makes a wrong "not applicable" cost more."""
    pred = prob >= threshold
    return (relevant_weight * pred[y == 1].mean() + (~pred[y == 0]).mean()) / (1 + relevant_weight)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=Path("../shared/data/sharc"))
    ap.add_argument("--out", type=Path, default=Path("pcd/models/relevance.json"))
    ap.add_argument("--negatives", type=int, default=3, help="negative questions per train policy")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--relevant-weight", type=float, default=3.0,
                    help="cost of wrongly saying not-applicable relative to missing an irrelevant question: "
                         "a wrong not-applicable ends the check, a missed one only asks a needless question")
    args = ap.parse_args()
    rng = random.Random(args.seed)
    rows = [json.loads(line) for line in (args.data / "dialog_trees.jsonl").read_text().splitlines() if line.strip()]
    train = [r for r in rows if r["split"] == "train"]
    pairs = []
    for r in train:
        pairs.append((r["question"], r["snippet"], 1))
        others = [o for o in rng.sample(train, args.negatives + 3) if o["snippet"] != r["snippet"]][: args.negatives]
        pairs += [(o["question"], r["snippet"], 0) for o in others]
    model0 = RelevanceModel([1.0] * len(FEATURES), 0.0)
    x = _features(model0, pairs)
    y = np.array([p[2] for p in pairs], dtype=float)
    w, b = fit_logistic(x, y)
    model = RelevanceModel(list(map(float, w)), float(b))
    prob = np.array([model.probability_from_features(row) for row in x])
    threshold = max(np.linspace(0.05, 0.95, 91), key=lambda t: balanced_accuracy(prob, y, t, args.relevant_weight))
    dev = json.loads((args.data / "dev_visible.json").read_text())
    dev_pairs = [(r["question"], r["snippet"], int(r["answer"] != "Irrelevant")) for r in dev]
    dev_unique = sorted(set(dev_pairs))
    dprob = np.array([model.probability_from_features(row) for row in _features(model, dev_unique)])
    dy = np.array([p[2] for p in dev_unique])
    pred = dprob >= threshold
    card = {
        "trained": datetime.date.today().isoformat(),
        "command": "python scripts/train_relevance.py --data ../shared/data/sharc --out pcd/models/relevance.json",
        "threshold_rule": f"maximises class-balanced train accuracy with relevant weight {args.relevant_weight}",
        "train": {"pairs": len(pairs), "positives": int(y.sum()), "balanced_accuracy": round(balanced_accuracy(prob, y, threshold), 4)},
        "dev_visible_unique_pairs": {"pairs": len(dev_unique), "irrelevant": int((dy == 0).sum()),
                                     "balanced_accuracy": round(balanced_accuracy(dprob, dy, threshold), 4),
                                     "irrelevant_recall": round(float((~pred[dy == 0]).mean()), 4),
                                     "relevant_recall": round(float(pred[dy == 1].mean()), 4)},
    }
    out = RelevanceModel(model.weights, model.bias, float(round(threshold, 3)), card)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(out.to_dict(), indent=2) + "\n")
    print(json.dumps(out.to_dict(), indent=2))
    return 0


def _features(model: RelevanceModel, pairs) -> np.ndarray:
    return pair_features([p[0] for p in pairs], [p[1] for p in pairs])


if __name__ == "__main__":
    raise SystemExit(main())
