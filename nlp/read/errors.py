"""The one error every reader raises."""


class ReadError(ValueError):
    """A file that cannot be read as a report; the message says why in one line."""
