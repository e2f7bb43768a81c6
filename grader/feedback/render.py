"""Values as text: inputs a learner can paste into Python, results a learner can read.

``source`` writes exact, pasteable Python (``np.array([[0.25, -1.0]])``);
``show`` writes a compact display of a result (six significant digits). Both
are deterministic and independent of NumPy's print options.
"""
from __future__ import annotations

import math

import numpy as np

MAX_PASTEABLE_ITEMS = 400
MAX_SHOWN_ITEMS = 24


def _float_source(x: float) -> str:
    if math.isnan(x):
        return "np.nan"
    if math.isinf(x):
        return "np.inf" if x > 0 else "-np.inf"
    return repr(float(x))


def _nested(array: np.ndarray, item) -> str:
    if array.ndim == 0:
        return item(array.item())
    return "[" + ", ".join(_nested(sub, item) for sub in array) + "]"


def source(value) -> str:
    """Exact Python source for ``value`` (arrays, numbers, strings, containers)."""
    if isinstance(value, np.ndarray):
        if value.size > MAX_PASTEABLE_ITEMS:
            return f"<an array of shape {tuple(value.shape)}>"
        if value.dtype.kind == "f":
            return f"np.array({_nested(value, _float_source)})"
        if value.dtype.kind == "b":
            return f"np.array({_nested(value, repr)}, dtype=bool)"
        return f"np.array({_nested(value, repr)})"
    if isinstance(value, np.generic):
        return source(value.item())
    if isinstance(value, float):
        return _float_source(value)
    if isinstance(value, tuple):
        inner = ", ".join(source(v) for v in value)
        return f"({inner},)" if len(value) == 1 else f"({inner})"
    if isinstance(value, list):
        return "[" + ", ".join(source(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{source(k)}: {source(v)}" for k, v in value.items()) + "}"
    return repr(value)


def call(name: str, args, kwargs=None) -> str:
    """``name(arg, ...)`` with every argument as pasteable source."""
    parts = [source(a) for a in args] + [f"{k}={source(v)}" for k, v in (kwargs or {}).items()]
    return f"{name}({', '.join(parts)})"


def number(x) -> str:
    """A number to six significant digits, without NumPy's decorations."""
    x = float(x)
    if math.isnan(x):
        return "nan"
    if math.isinf(x):
        return "inf" if x > 0 else "-inf"
    if x == 0:
        return "-0.0" if math.copysign(1, x) < 0 else "0.0"
    text = f"{x:.6g}"
    return text if any(c in text for c in ".en") else text + ".0"


def distinct_numbers(a, b) -> tuple[str, str]:
    """``a`` and ``b`` with enough digits to tell them apart (six when that already does)."""
    a, b = float(a), float(b)
    first, second = number(a), number(b)
    digits = 6
    while first == second and a != b and digits < 17:
        digits += 3
        first, second = f"{a:.{digits}g}", f"{b:.{digits}g}"
    return first, second


def show(value) -> str:
    """A short, readable display of a result (not necessarily exact)."""
    if isinstance(value, np.ndarray):
        if value.dtype.kind not in "biufc":
            return f"an array of dtype {value.dtype}"
        if value.size > MAX_SHOWN_ITEMS:
            return f"an array of shape {tuple(value.shape)}"
        item = number if value.dtype.kind in "fc" else repr
        body = _nested(value, item) if value.ndim else item(value.item())
        return f"array({body})" if value.ndim else f"array({body}) (0-d)"
    if isinstance(value, np.generic):
        return f"np.{type(value).__name__}({show(value.item())})"
    if isinstance(value, bool) or value is None or isinstance(value, str):
        return repr(value)
    if isinstance(value, int):
        return repr(value)
    if isinstance(value, float):
        return number(value)
    if isinstance(value, tuple):
        return "(" + ", ".join(show(v) for v in value) + ("," if len(value) == 1 else "") + ")"
    if isinstance(value, list):
        return "[" + ", ".join(show(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{show(k)}: {show(v)}" for k, v in value.items()) + "}"
    return f"an object of type {type(value).__name__}"


def shape_of(value) -> str:
    """What a value is, in shape terms: "an array of shape (3, 1)", "a float", ..."""
    if isinstance(value, np.ndarray):
        return f"an array of shape {tuple(value.shape)}"
    if isinstance(value, np.generic):
        return f"a NumPy {type(value).__name__}"
    kinds = {bool: "a bool", int: "an int", float: "a float", str: "a string", tuple: "a tuple",
             list: "a list", dict: "a dict", type(None): "None"}
    return kinds.get(type(value), f"an object of type {type(value).__name__}")
