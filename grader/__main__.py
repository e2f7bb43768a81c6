"""``python -m grader`` is the ``grade`` command."""
from grader.cli import entry

entry()
