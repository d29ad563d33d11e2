"""Convert every ShARC gold dialog tree to an expression tree and check it.

For each tree: the JSON form and the linear form round-trip exactly, the converted tree
decides every root-to-leaf path of the dialog tree as its final answer, and its
canonical form is Z3-equivalent to it. Prints counts and time.

    python scripts/roundtrip_dialog_trees.py --data ../shared/data/sharc
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from collections import Counter
from pathlib import Path

from rich.console import Console
from rich.progress import track

import trees


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=Path("../shared/data/sharc"), help="folder with dialog_trees.jsonl")
    args = parser.parse_args()
    rows = [json.loads(line) for line in (args.data / "dialog_trees.jsonl").read_text().splitlines() if line.strip()]
    failures: Counter[str] = Counter()
    sizes, paths, started = [], 0, time.perf_counter()
    for row in track(rows, description="dialog trees"):
        tree = trees.from_dialog_tree(row["tree"], policy_id=row["tree_id"], snippet=row["snippet"])
        sizes.append(len(trees.questions(tree)))
        if trees.from_json(trees.to_json(tree)) != tree:
            failures["json round trip"] += 1
        if trees.loads(trees.dumps(tree), trees.questions(tree)) != tree:
            failures["linear round trip"] += 1
        if not trees.equivalent(tree, trees.canonical(tree)):
            failures["canonical form not equivalent"] += 1
        for assignment, answer in trees.dialog_paths(row["tree"]):
            paths += 1
            if trees.evaluate(tree, assignment) != (answer == "Yes"):
                failures["path not decided as gold"] += 1
    elapsed = time.perf_counter() - started
    console = Console()
    console.print(f"{len(rows)} dialog trees ({Counter(r['split'] for r in rows)}), {paths} root-to-leaf paths")
    console.print(f"questions per tree: median {statistics.median(sizes)}, max {max(sizes)}")
    console.print(f"failures: {dict(failures) or 'none'}; {elapsed:.2f} s")
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main())
