"""The machine-readable report (schema in README.md, "JSON report")."""
from __future__ import annotations

import json

from grader.results import Report


def render(report: Report) -> str:
    """The JSON document, ending with a newline: stable key order, no timings."""
    return json.dumps(report.to_dict(), indent=2, ensure_ascii=False) + "\n"
