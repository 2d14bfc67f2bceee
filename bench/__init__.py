"""Evaluation and benchmark commands (make eval, make bench); not part of the package."""
