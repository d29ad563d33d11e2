"""Expression trees: yes/no questions joined by AND / OR / NOT.

``trees`` knows nothing of policies: a question cites a clause by id and span,
and that is all it knows of where it came from.
"""

from .nodes import And, Citation, Node, Not, Or, Question, TreeError, children, depth, questions, replace_questions, walk
from .grammar import GRAMMAR, Grammar, check_bounds, dumps, loads, symbols, tree_automaton
from .logic import diff, equivalent, evaluate, to_z3, truth_table

__all__ = [
    "And", "Citation", "Node", "Not", "Or", "Question", "TreeError", "children", "depth", "questions",
    "replace_questions", "walk", "GRAMMAR", "Grammar", "check_bounds", "dumps", "loads", "symbols",
    "tree_automaton", "diff", "equivalent", "evaluate", "to_z3", "truth_table",
]

from .canonical import canonical
from .dialog import dialog_paths, from_dialog_tree
from .graph import from_networkx, to_networkx
from .jsonform import SCHEMA_ID, from_dict, from_json, to_dict, to_json, validate
from .render import to_dot, to_mermaid, to_rich, to_text

__all__ += ["canonical", "dialog_paths", "from_dialog_tree", "from_networkx", "to_networkx", "SCHEMA_ID",
            "from_dict", "from_json", "to_dict", "to_json", "validate", "to_dot", "to_mermaid", "to_rich", "to_text"]
