"""First drafts of the pack trees: the rules parser on each provision's verbatim corpus text.

The reviewed trees in ``corpora/trees/*.json`` started from these drafts and were then
rewritten by hand against the text (the parser cannot see applicability, cross-references or
definitions). Prints, per provision, the draft tree and questions next to the reviewed ones.

    python scripts/draft_pack_trees.py [hipaa|gdpr ...]
"""

import sys

import corpora
import pcd
from pcd.packs import load_pack


def main(names):
    for name in names or ["hipaa", "gdpr"]:
        for prov in load_pack(name).provisions:
            text = corpora.get(prov.id).full_text()
            try:
                draft = pcd.parse_policy(text, policy_id=prov.id)
                linear, qs = draft.linear, [q.text for q in draft.questions]
            except pcd.PolicyParseError as exc:
                linear, qs = f"(parse error: {exc})", []
            print(f"== {prov.id} — {prov.title}")
            print(f"   draft:    {linear}")
            for q in qs[:8]:
                print(f"             - {q}")
            print(f"   reviewed: {prov.policy.linear}")


if __name__ == "__main__":
    main(sys.argv[1:])
