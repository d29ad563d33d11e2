"""pcd: decide whether a scenario complies with a written policy, and say why."""

__version__ = "0.1.0"
