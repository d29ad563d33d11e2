"""Train HIPAA provision retrieval (and a not-applicable class) on GoldCoin's ``refer_id``.

Features: the all-MiniLM-L6-v2 embedding of the whole case narrative (the same embedder the
answerer uses). Classes: each provision of the reviewed HIPAA pack that a train case's
``refer_id`` falls in, ``__other__`` (a HIPAA provision the pack has no tree for) and
``__na__`` (GoldCoin's Not Applicable cases). A multinomial logistic regression (scikit-learn
at training time only; inference is numpy) fitted on the TRAIN split. Reported: 5-fold
cross-validation on train and the held-out validation split, against the untrained embedding
similarity ranking on the same cases.

    python scripts/train_goldcoin_retrieval.py --data ../shared/data/goldcoin --out pcd/models/retrieval/hipaa.json
"""

import argparse
import json
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold

from pcd.answering.embed import embed
from pcd.eval.goldcoin import load_goldcoin, macro_f1
from pcd.packs import UnknownProvisionError, load_pack, provision
from pcd.regulation import rank_provisions

NA, OTHER = "__na__", "__other__"


def target(row):
    if row["label"] == "Not Applicable":
        return NA
    try:
        return provision("hipaa:" + row["refer_id"]).id
    except (UnknownProvisionError, KeyError):
        return OTHER


def hits(classes, probs, gold, ids, k):
    """hit@1 / hit@k over the rows whose gold is a pack provision, ranking pack provisions only."""
    cols = [classes.index(i) for i in ids if i in classes]
    names = [classes[c] for c in cols]
    h1 = hk = n = 0
    for p, g in zip(probs, gold):
        if g in (NA, OTHER):
            continue
        order = [names[j] for j in np.argsort(-p[cols])]
        n += 1
        h1 += order[0] == g
        hk += g in order[:k]
    return round(h1 / max(n, 1), 4), round(hk / max(n, 1), 4), n


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", required=True)
    ap.add_argument("--out", default="pcd/models/retrieval/hipaa.json")
    ap.add_argument("--cache", default=None, help="npz cache of the narrative embeddings")
    ap.add_argument("--C", type=float, default=4.0)
    args = ap.parse_args()
    train = load_goldcoin(args.data, ["train"])
    val = load_goldcoin(args.data, ["validation"])
    texts = [r["text"] for r in train + val]
    if args.cache and Path(args.cache).exists():
        X = np.load(args.cache)["X"]
    else:
        X = embed(texts)
        if args.cache:
            np.savez(args.cache, X=X)
    Xtr, Xva = X[: len(train)], X[len(train):]
    ytr = [target(r) for r in train]
    yva = [target(r) for r in val]
    ids = load_pack("hipaa").ids

    def fit(Xa, ya):
        return LogisticRegression(C=args.C, max_iter=3000).fit(Xa, ya)

    # 5-fold CV on train
    cv_probs = np.zeros((len(train), len(set(ytr))))
    classes = sorted(set(ytr))
    skf = StratifiedKFold(5, shuffle=True, random_state=0)
    strat = [y if ytr.count(y) >= 5 else OTHER for y in ytr]
    for a, b in skf.split(Xtr, strat):
        m = fit(Xtr[a], [ytr[i] for i in a])
        p = m.predict_proba(Xtr[b])
        for j, c in enumerate(m.classes_):
            cv_probs[b, classes.index(c)] = p[:, j]
    model = fit(Xtr, ytr)
    classes = list(model.classes_)
    va_probs = model.predict_proba(Xva)

    # the untrained similarity ranking on the same cases
    S = rank_provisions("hipaa", texts)
    sim_tr, sim_va = S[: len(train)], S[len(train):]

    def sim_hits(Sx, gold, k=3):
        h1 = hk = n = 0
        for s, g in zip(Sx, gold):
            if g in (NA, OTHER):
                continue
            order = [ids[j] for j in np.argsort(-s)]
            n += 1
            h1 += order[0] == g
            hk += g in order[:k]
        return round(h1 / max(n, 1), 4), round(hk / max(n, 1), 4), n

    na = classes.index(NA)

    def appl(probs, gold):
        g = ["na" if y == NA else "a" for y in gold]
        p = ["na" if pr[na] >= 0.5 else "a" for pr in probs]
        return round(macro_f1(g, p, ["a", "na"]), 4)

    metrics = {
        "train_cv5": {"trained_hit@1,hit@3,n": hits(classes, cv_probs[:, [sorted(set(ytr)).index(c) for c in classes]], ytr, ids, 3),
                      "similarity_hit@1,hit@3,n": sim_hits(sim_tr, ytr),
                      "applicability_macro_f1": appl(cv_probs[:, [sorted(set(ytr)).index(c) for c in classes]], ytr)},
        "validation": {"trained_hit@1,hit@3,n": hits(classes, va_probs, yva, ids, 3),
                       "similarity_hit@1,hit@3,n": sim_hits(sim_va, yva),
                       "applicability_macro_f1": appl(va_probs, yva)},
    }
    print(json.dumps(metrics, indent=2))
    doc = {"format": "pcd.retrieval/1", "pack": "hipaa", "embedder": "all-MiniLM-L6-v2 (whole narrative)",
           "trained_on": "GoldCoin train split (refer_id → pack provision; Not Applicable → __na__)",
           "license_note": "weights derived from GoldCoin (Apache-2.0, HKUST-KnowComp/GoldCoin)",
           "C": args.C, "classes": classes,
           "W": np.round(model.coef_, 5).tolist(), "b": np.round(model.intercept_, 5).tolist(), "metrics": metrics}
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(json.dumps(doc), encoding="utf-8")
    print("wrote", args.out, Path(args.out).stat().st_size, "bytes")


if __name__ == "__main__":
    main()
