"""Plain-data messages between the judge and the untrusted worker.

A message is a value built from None, bool, int, float, str, tuples, lists,
dicts and numeric NumPy arrays or scalars. It travels as one frame:

    8-byte header length | 8-byte blob length | JSON header | array bytes

The JSON header keeps containers tagged (``["t", ...]`` tuple, ``["l", ...]``
list, ``["d", [k, v], ...]`` dict, ``["r", [names], ...]`` namedtuple) so that
a tuple comes back a tuple (a namedtuple as a :class:`Record`, whose items
can still be read by name); arrays and NumPy scalars point into the blob.
Decoding never executes anything: no pickle, only an allow-list of dtypes
rebuilt with ``np.frombuffer``. Anything else is refused with a sentence that
says what it was.

Only stdlib and numpy are imported here: the worker loads this module before
it is confined. NumPy is loaded on first use, so that the judge can start the
worker before paying for its own import of NumPy.
"""
from __future__ import annotations

import json
import math
import select
import socket
import struct
import time


class _LazyNumpy:
    def __getattr__(self, name):
        import numpy

        globals()["np"] = numpy
        return getattr(numpy, name)


np = _LazyNumpy()

MAX_FRAME_BYTES = 64 * 2**20
MAX_DEPTH = 32
MAX_NODES = 200_000
_MAX_FIELDS = 256
_HEADER = struct.Struct("<QQ")
_DTYPE_KINDS = frozenset("biufc")
_LITTLE = __import__("sys").byteorder == "little"


class Unsupported(Exception):
    """A value that cannot cross the boundary; the message says what it was."""


class Callback:
    """A function of the judge's, passed to learner code (the ``f`` of ``numerical_gradient``).

    It crosses the boundary as its number; the learner's side gets a stand-in that sends each call
    back to the judge, which runs the function and answers.
    """

    __slots__ = ("number",)

    def __init__(self, number: int):
        self.number = number

    def __eq__(self, other) -> bool:
        return type(other) is Callback and other.number == self.number

    def __hash__(self) -> int:
        return hash(("callback", self.number))


class Record(tuple):
    """A namedtuple after crossing: the same items, readable by field name too (``cache.Z_hat``).

    Learner code may keep a cache in a namedtuple of its own and read it back by name in its
    backward pass, after the cache has been to the judge and back. No class is ever built from
    what arrives: every namedtuple crosses as this one type, equal to the plain tuple of its items.
    """

    def __new__(cls, items=(), fields=()):
        record = super().__new__(cls, items)
        record.__dict__["_fields"] = tuple(fields)
        return record

    def __getnewargs__(self):
        return tuple(self), self._fields

    def __getattr__(self, name):
        fields = self.__dict__.get("_fields", ())
        if name in fields:
            return self[fields.index(name)]
        raise AttributeError(f"this cache has no field {name!r} (its fields: {', '.join(fields) or 'none'})")

    def _asdict(self) -> dict:
        return dict(zip(self._fields, self))

    def __repr__(self) -> str:
        return "(" + ", ".join(f"{name}={item!r}" for name, item in zip(self._fields, self)) + ")"


def _record_fields(value) -> tuple | None:
    """The field names of a namedtuple (or Record) whose fields make sense, else None: a plain tuple then."""
    fields = value.__dict__.get("_fields") if type(value) is Record else getattr(type(value), "_fields", None)
    if (type(fields) is tuple and len(fields) == tuple.__len__(value) <= _MAX_FIELDS
            and len(set(fields)) == len(fields) and all(map(_field_name, fields))):
        return fields
    return None


def _field_name(name) -> bool:
    """A name namedtuple itself would allow: an identifier, no leading underscore (so no __array_interface__
    or other special name that NumPy or Python would look up on a decoded Record)."""
    return type(name) is str and name.isidentifier() and not name.startswith("_") and len(name) <= 64


def replace_leaves(value, replace, depth: int = 0):
    """``value`` with every leaf passed through ``replace`` (tuples, lists and dicts rebuilt, never changed)."""
    if depth > MAX_DEPTH:
        return value
    kind = type(value)
    if kind is tuple or kind is list:
        return kind(replace_leaves(item, replace, depth + 1) for item in value)
    if kind is dict:
        return {key: replace_leaves(item, replace, depth + 1) for key, item in value.items()}
    if kind is Record:
        return Record((replace_leaves(item, replace, depth + 1) for item in value), value._fields)
    return replace(value)


class ProtocolError(Exception):
    """A frame that is malformed, too large, or cut off."""


class Deadline(Exception):
    """No complete frame arrived before the deadline."""


def describe(value) -> str:
    """A short, learner-readable description of a value's type."""
    kind = type(value)
    name = kind.__qualname__ if kind.__module__ == "builtins" else f"{kind.__module__}.{kind.__qualname__}"
    if isinstance(value, np.ndarray) and kind is not np.ndarray:
        return f"an ndarray subclass ({name})"
    if isinstance(value, np.ndarray):
        return f"an array of dtype {value.dtype}"
    return f"an object of type {name}"


class _Encoder:
    # Hot: every call, reply and reference call goes through here; hence the flat type tests.
    __slots__ = ("blobs", "size", "nodes")

    def __init__(self):
        self.blobs: list[bytes] = []
        self.size = 0
        self.nodes = 0

    def blob(self, data: bytes) -> list[int]:
        offset = self.size
        self.blobs.append(data)
        self.size += len(data)
        if self.size > MAX_FRAME_BYTES:
            raise Unsupported(f"more than {MAX_FRAME_BYTES // 2**20} MiB of data")
        return [offset, len(data)]

    def encode(self, value, depth: int = 0):
        self.nodes += 1
        if self.nodes > MAX_NODES:
            raise Unsupported(f"a structure with more than {MAX_NODES} items")
        if depth > MAX_DEPTH:
            raise Unsupported(f"a structure nested more than {MAX_DEPTH} levels deep")
        kind = type(value)
        if kind is str or kind is bool or value is None:
            return value
        if kind is float:
            return value if math.isfinite(value) else ["F", repr(value)]
        if kind is int:
            return value if abs(value) < 2**63 else ["L", str(value)]
        if kind is np.ndarray:
            return self.array(value)
        inner = depth + 1
        if kind is dict:
            out = ["d"]
            for key, item in value.items():
                out.append([self.encode(key, inner), self.encode(item, inner)])
            return out
        if kind is tuple or kind is list:
            out = ["t" if kind is tuple else "l"]
            for item in value:
                out.append(self.encode(item, inner))
            return out
        if kind is Callback:
            return ["c", value.number]
        if isinstance(value, dict) and not hasattr(kind, "__array__"):
            # An OrderedDict or defaultdict means a plain dict here; dict's own items() (not an override) reads it.
            return self.encode(dict(dict.items(value)), depth)
        if isinstance(value, tuple):  # a namedtuple (a cache, say), or a Record that came from one
            fields = _record_fields(value)
            items = [self.encode(item, inner) for item in tuple.__iter__(value)]
            return ["r", list(fields), *items] if fields is not None else ["t", *items]
        if isinstance(value, np.generic) and kind.__module__ == "numpy" and value.dtype.kind in _DTYPE_KINDS:
            array = np.asarray(value).astype(value.dtype.newbyteorder("<"), copy=False)
            return ["g", array.dtype.str, *self.blob(array.tobytes())]
        raise Unsupported(describe(value))

    def array(self, value: np.ndarray):
        dtype = value.dtype
        if dtype.kind not in _DTYPE_KINDS or dtype.fields is not None or dtype.subdtype is not None:
            raise Unsupported(f"an array of dtype {dtype}")
        if dtype.byteorder == ">" or (dtype.byteorder == "=" and not _LITTLE):
            value = value.astype(dtype.newbyteorder("<"))
        data = value.tobytes()  # C order, whatever the layout in memory
        return ["a", value.dtype.str if value.dtype.byteorder != "=" else dtype.newbyteorder("<").str,
                list(value.shape), *self.blob(data)]


def encode(value) -> bytes:
    """One frame holding ``value``; raises :class:`Unsupported` for anything else."""
    encoder = _Encoder()
    try:
        header = json.dumps(encoder.encode(value), separators=(",", ":"), allow_nan=False).encode()
    except RecursionError:
        raise Unsupported("a structure nested too deeply") from None
    return _HEADER.pack(len(header), encoder.size) + header + b"".join(encoder.blobs)


class _Decoder:
    __slots__ = ("blob",)

    def __init__(self, blob: memoryview):
        self.blob = blob

    def piece(self, offset, length) -> memoryview:
        if not (type(offset) is int and type(length) is int and 0 <= offset and 0 <= length
                and offset + length <= len(self.blob)):
            raise ProtocolError("array data out of range")
        return self.blob[offset:offset + length]

    def dtype(self, text) -> np.dtype:
        known = _DTYPES.get(text) if type(text) is str else None
        if known is not None:
            return known
        if type(text) is not str or len(text) > 8:
            raise ProtocolError("bad dtype")
        try:
            dtype = np.dtype(text)
        except TypeError:
            raise ProtocolError(f"dtype {text} is not allowed") from None
        if dtype.kind not in _DTYPE_KINDS or dtype.fields is not None or dtype.subdtype is not None:
            raise ProtocolError(f"dtype {text} is not allowed")
        if len(_DTYPES) < 64:
            _DTYPES[text] = dtype
        return dtype

    def decode(self, node, depth: int = 0):
        if depth > MAX_DEPTH + 1:
            raise ProtocolError("nested too deeply")
        kind = type(node)
        if kind is not list:
            if kind is str or kind is int or kind is float or kind is bool or node is None:
                return node
            raise ProtocolError("malformed value")
        if not node or type(node[0]) is not str:
            raise ProtocolError("malformed value")
        tag = node[0]
        inner = depth + 1
        if tag == "a" and len(node) == 5:
            return self.array(node[1], node[2], node[3], node[4])
        if tag == "d":
            out = {}
            for index in range(1, len(node)):
                pair = node[index]
                if type(pair) is not list or len(pair) != 2:
                    raise ProtocolError("malformed dict")
                key = self.decode(pair[0], inner)
                try:
                    out[key] = self.decode(pair[1], inner)
                except TypeError:
                    raise ProtocolError("unhashable dict key") from None
            return out
        if tag == "t":
            return tuple([self.decode(node[index], inner) for index in range(1, len(node))])
        if tag == "l":
            return [self.decode(node[index], inner) for index in range(1, len(node))]
        if tag == "r" and len(node) >= 2:
            fields = node[1]
            if (type(fields) is not list or len(fields) != len(node) - 2 or len(fields) > _MAX_FIELDS
                    or len(set(fields)) != len(fields) or not all(map(_field_name, fields))):
                raise ProtocolError("malformed record")
            return Record([self.decode(node[index], inner) for index in range(2, len(node))], fields)
        rest = node[1:]
        if tag == "g" and len(rest) == 3:
            dtype = self.dtype(rest[0])
            data = self.piece(rest[1], rest[2])
            if len(data) != dtype.itemsize:
                raise ProtocolError("bad scalar")
            return np.frombuffer(bytes(data), dtype=dtype).astype(dtype.newbyteorder("="))[0]
        if tag == "c" and len(rest) == 1 and type(rest[0]) is int:
            return Callback(rest[0])
        if tag == "L" and len(rest) == 1 and type(rest[0]) is str and len(rest[0]) < 5000:
            return int(rest[0])
        if tag == "F" and len(rest) == 1 and rest[0] in ("nan", "inf", "-inf"):
            return float(rest[0])
        raise ProtocolError(f"unknown tag {tag!r}")

    def array(self, dtype, shape, offset, length) -> np.ndarray:
        dtype = self.dtype(dtype)
        if type(shape) is not list or len(shape) > 32:
            raise ProtocolError("bad array shape")
        count = 1
        for side in shape:
            if type(side) is not int or side < 0:
                raise ProtocolError("bad array shape")
            count *= side
        if count * dtype.itemsize != length:
            raise ProtocolError("array size does not match its shape")
        flat = np.frombuffer(self.piece(offset, length), dtype=dtype)
        if dtype.isnative:
            return flat.reshape(shape).copy()  # one copy: owned, writable
        return flat.astype(dtype.newbyteorder("="), copy=True).reshape(shape)


_DTYPES: dict[str, np.dtype] = {}  # the few dtypes that ever cross, parsed once


def decode(frame: bytes):
    """The value in one complete frame (as produced by :func:`encode`)."""
    if len(frame) < _HEADER.size:
        raise ProtocolError("frame too short")
    header_length, blob_length = _HEADER.unpack_from(frame)
    if _HEADER.size + header_length + blob_length != len(frame):
        raise ProtocolError("frame length mismatch")
    view = memoryview(frame)
    try:
        tree = json.loads(bytes(view[_HEADER.size:_HEADER.size + header_length]))
    except (ValueError, RecursionError):
        raise ProtocolError("malformed header") from None
    try:
        return _Decoder(view[_HEADER.size + header_length:]).decode(tree)
    except RecursionError:
        raise ProtocolError("nested too deeply") from None
    except (TypeError, ValueError, OverflowError) as error:
        raise ProtocolError(f"malformed value ({error})") from None


def send(sock: socket.socket, value) -> None:
    """Encode and send one frame (blocking)."""
    sock.sendall(encode(value))


def _recv_exactly(sock: socket.socket, count: int, deadline: float | None, *, waiting: bool = True) -> bytes:
    """``count`` bytes; ``waiting=False`` when they are probably there already (a frame's body after its header)."""
    chunks, remaining = [], count
    while remaining:
        if deadline is not None:
            chunk = None
            if not waiting:
                try:
                    chunk = sock.recv(min(remaining, 1 << 20), socket.MSG_DONTWAIT)
                except BlockingIOError:
                    waiting = True
            if chunk is None:
                left = deadline - time.monotonic()
                if left <= 0 or not select.select([sock], [], [], left)[0]:
                    raise Deadline()
                chunk = sock.recv(min(remaining, 1 << 20))
        else:
            chunk = sock.recv(min(remaining, 1 << 20))
        if not chunk:
            raise ProtocolError("connection closed")
        chunks.append(chunk)
        remaining -= len(chunk)
    return b"".join(chunks)


def receive(sock: socket.socket, deadline: float | None = None):
    """The next value from ``sock``; :class:`Deadline` if it is not complete by ``deadline``."""
    header = _recv_exactly(sock, _HEADER.size, deadline)
    header_length, blob_length = _HEADER.unpack(header)
    if header_length + blob_length > MAX_FRAME_BYTES + 2**20:
        raise ProtocolError(f"a reply of more than {MAX_FRAME_BYTES // 2**20} MiB")
    return decode(header + _recv_exactly(sock, header_length + blob_length, deadline, waiting=False))
