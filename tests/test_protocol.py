"""What crosses the boundary between the judge and learner code: plain data only."""
from __future__ import annotations

import json
import struct

import numpy as np
import pytest

from grader.sandbox import protocol


@pytest.mark.parametrize("value", [
    None, True, 3, -2**70, 1.5, float("nan"), float("-inf"), -0.0, "text", (1, [2.0, "x"]),
    {"W1": np.arange(6.0).reshape(2, 3), 3: (np.float64(0.25), np.int32(7))},
    np.zeros((0, 3)), np.array(5.0), np.array([[True, False]]), np.arange(4, dtype=np.uint8),
    np.array([1 + 2j]), np.asfortranarray(np.arange(6.0).reshape(2, 3)),
])
def test_round_trip(value):
    back = protocol.decode(protocol.encode(value))
    assert type(back) is type(value)
    if isinstance(value, np.ndarray):
        assert back.dtype == value.dtype and back.shape == value.shape and np.array_equal(back, value)
    elif isinstance(value, float) and value != value:
        assert back != back
    elif isinstance(value, dict):
        assert list(back) == list(value)
    else:
        assert back == value or repr(back) == repr(value)


class Liar:
    def __eq__(self, other):
        return True


class Sneaky(np.ndarray):
    pass


@pytest.mark.parametrize("value, words", [
    (Liar(), "Liar"),
    (np.zeros(3).view(Sneaky), "subclass"),
    (np.asarray([[1.0]]).view(np.matrix), "subclass"),
    (np.array([None, 1], dtype=object), "dtype object"),
    (np.zeros(2, dtype=[("a", "f8")]), "dtype"),
    ({1, 2}, "set"),
    (lambda: 0, "function"),
    (np.str_("x"), "str_"),
])
def test_unsupported_values_are_refused_with_a_description(value, words):
    with pytest.raises(protocol.Unsupported, match=words):
        protocol.encode(value)


def test_self_referencing_and_huge_structures_are_refused():
    loop = []
    loop.append(loop)
    with pytest.raises(protocol.Unsupported):
        protocol.encode(loop)
    with pytest.raises(protocol.Unsupported):
        protocol.encode(list(range(protocol.MAX_NODES + 1)))


def _frame(tree, blob=b""):
    header = json.dumps(tree).encode()
    return struct.pack("<QQ", len(header), len(blob)) + header + blob


@pytest.mark.parametrize("frame", [
    b"short",
    _frame(["a", "<f8", [2], 0, 8], b"\0" * 8),  # shape says 2 items, data holds 1
    _frame(["a", "O", [1], 0, 8], b"\0" * 8),  # object dtype
    _frame(["a", "<f8", [1], 4, 8], b"\0" * 8),  # data out of range
    _frame(["x", 1]),  # unknown tag
    _frame(["d", [["l"], 1]]),  # unhashable key
    _frame(["F", "1e309"]),
    _frame(["r", ["a", "b"], 1]),  # two field names, one item
    _frame(["r", ["__class__; x"], 1]),  # not a name
    _frame(["r", ["__array_interface__"], ["d", ["data", ["t", 0, False]]]]),  # a special name NumPy looks up
    _frame(["r", ["a", "a"], 1, 2]),  # the same field twice
    _frame(["r", "ab", 1, 2]),
    struct.pack("<QQ", 10000, 0) + b"[" * 10000,
    struct.pack("<QQ", 5, 0) + b"{nope",
    struct.pack("<QQ", 2, 0) + b"[]" + b"extra",
])
def test_malformed_frames_are_refused(frame):
    with pytest.raises(protocol.ProtocolError):
        protocol.decode(frame)


def test_nothing_is_ever_unpickled():
    source = open(protocol.__file__).read()
    for module in ("pickle", "marshal", "shelve", "dill"):
        assert f"import {module}" not in source


def test_dict_subclasses_cross_as_plain_dicts_and_namedtuples_as_records():
    import copy
    from collections import OrderedDict, defaultdict, namedtuple

    from grader.sandbox import protocol

    Cache = namedtuple("Cache", "Z mu")
    value = {"p": OrderedDict(W1=np.ones((2, 2))), "d": defaultdict(int, a=1), "c": Cache(np.zeros(2), 0.5)}
    back = protocol.decode(protocol.encode(value))
    assert type(back["p"]) is dict and np.array_equal(back["p"]["W1"], np.ones((2, 2)))
    assert back["d"] == {"a": 1} and type(back["d"]) is dict
    record = back["c"]
    assert isinstance(record, tuple) and record[1] == 0.5 and record.mu == 0.5 and record._fields == ("Z", "mu")
    again = protocol.decode(protocol.encode(copy.deepcopy(record)))  # and back again, as a cache does
    assert again.mu == 0.5 and np.array_equal(again.Z, np.zeros(2)) and again == (again.Z, 0.5)
    with pytest.raises(AttributeError, match="no field 'sigma'"):
        record.sigma


def test_a_tuple_subclass_with_odd_fields_crosses_as_a_plain_tuple():
    from grader.sandbox import protocol

    class Odd(tuple):
        _fields = ("a", "__class__; import os")

    assert type(protocol.decode(protocol.encode(Odd((1, 2))))) is tuple

