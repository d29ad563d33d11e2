"""Errors a user can act on. Each message names the problem and where it is."""


class PcdError(ValueError):
    """Base class for pcd's input errors."""


class InputError(PcdError):
    """A file or text given to pcd is empty, binary, too large or unreadable."""
