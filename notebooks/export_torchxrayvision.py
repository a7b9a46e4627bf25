"""Export torchxrayvision's DenseNet-121 to ONNX with a dubbelcheck model card.

Where the weights can be downloaded (the hospital's machine):
    python notebooks/export_torchxrayvision.py --weights densenet121-res224-all --out models/xrv-densenet121
    dubbelcheck audit STUDIES --reports R.csv --out OUT --model models/xrv-densenet121/card.toml

Here (no downloads), the same architecture with random weights, for the Rust test that checks
tract against PyTorch (tests/xrv_export.rs):
    python notebooks/export_torchxrayvision.py --random --out tests/fixtures/xrv-densenet121-random

The ONNX graph returns the 18 raw logits (before xrv's sigmoid and op_norm); the card applies
the sigmoid, takes the max over the outputs mapped to each finding (Nodule|Mass; Consolidation|
Infiltration|Pneumonia) and uses xrv's operating-point thresholds when the weights have them.
Preprocessing follows docs/model-card.md: display grey in [0, 1] -> largest centred square
(xrv.datasets.XRayCenterCrop) -> area resize to 224 (xrv uses skimage's resize; area pooling is
our documented approximation) -> grey * 2048 - 1024 (xrv.datasets.normalize(img, 255) range).
"""
import argparse
import json
import os
import pathlib

import numpy as np
import torch
import torch.nn.functional as F
import torchxrayvision as xrv
from PIL import Image

XRV_RANGE = 1024.0  # xrv.datasets.normalize scales to [-1024, 1024]
SIZE = 224
FINDINGS = {  # dubbelcheck finding -> xrv pathology names (max over them)
    "nodule": ["Nodule", "Mass"],
    "pneumothorax": ["Pneumothorax"],
    "consolidation": ["Consolidation", "Infiltration", "Pneumonia"],
}


def preprocess(grey01: np.ndarray) -> np.ndarray:
    """Exactly the Rust pipeline for this card: center crop, area resize, xrv range."""
    h, w = grey01.shape
    s = min(h, w)
    top, left = (h - s) // 2, (w - s) // 2
    crop = torch.from_numpy(grey01[top:top + s, left:left + s].astype(np.float32))[None, None]
    pooled = F.adaptive_avg_pool2d(crop, (SIZE, SIZE))
    return (pooled * 2 * XRV_RANGE - XRV_RANGE).numpy().astype(np.float32)


class Logits(torch.nn.Module):
    """xrv's DenseNet without its sigmoid/op_norm head: raw logits, fixed 224 input."""

    def __init__(self, net):
        super().__init__()
        self.net = net

    def forward(self, x):
        return self.net.classifier(self.net.features2(x))


def synthetic_image(seed: int) -> np.ndarray:
    """A deterministic non-square grey image (smooth gradients and blobs), not a radiograph."""
    rng = np.random.default_rng(seed)
    h, w = 300, 260
    yy, xx = np.mgrid[0:h, 0:w]
    img = 0.3 + 0.4 * (xx / w) * (yy / h)
    for _ in range(6):
        cy, cx, r = rng.uniform(0, h), rng.uniform(0, w), rng.uniform(10, 60)
        img += 0.25 * np.exp(-((yy - cy) ** 2 + (xx - cx) ** 2) / (2 * r * r))
    return (np.clip(img, 0, 1) * 255).round().astype(np.uint8)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--weights", default=None, help="xrv weights name, e.g. densenet121-res224-all")
    ap.add_argument("--random", action="store_true", help="random weights (for tests; no download)")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--out", required=True)
    args = ap.parse_args()
    if bool(args.weights) == args.random:
        ap.error("give exactly one of --weights or --random")
    torch.manual_seed(args.seed)
    net = xrv.models.DenseNet(weights=args.weights) if args.weights else xrv.models.DenseNet()
    if args.random:
        # Quantise the random weights to a few levels so the committed test file compresses in
        # git; give batch-norm layers non-trivial running statistics.
        with torch.no_grad():
            for name, p in net.named_parameters():
                if p.dim() > 1:
                    scale = p.std().item() or 1.0
                    p.copy_(torch.round(p / scale * 2).clamp(-4, 4) * scale / 2)
            for m in net.modules():
                if isinstance(m, torch.nn.BatchNorm2d):
                    m.running_mean.copy_(torch.round(torch.randn_like(m.running_mean) * 4) / 40)
                    m.running_var.copy_(1 + torch.round(torch.rand_like(m.running_var) * 4) / 8)
    pathologies = list(getattr(net, "pathologies", xrv.datasets.default_pathologies))
    op_threshs = getattr(net, "op_threshs", None)
    model = Logits(net).eval()
    out = pathlib.Path(args.out)
    out.mkdir(parents=True, exist_ok=True)

    dummy = torch.zeros(1, 1, SIZE, SIZE)
    torch.onnx.export(model, dummy, out / "model.onnx", input_names=["image"], output_names=["logits"],
                      opset_version=17, dynamo=False)

    png = synthetic_image(args.seed)
    Image.fromarray(png).save(out / "reference.png")
    tensor = preprocess(png.astype(np.float32) / 255.0)
    with torch.no_grad():
        logits = model(torch.from_numpy(tensor))[0].numpy()
    (out / "reference.json").write_text(json.dumps({
        "image": "reference.png",
        "input": [float(f"{v:.8g}") for v in tensor.ravel()],
        "output": [float(f"{v:.8g}") for v in logits],
    }))

    lines = [
        f'name = "xrv-densenet121-{args.weights or "random"}"',
        f'version = "{xrv.__version__}"',
        'onnx = "model.onnx"',
        f'description = "torchxrayvision DenseNet-121 ({args.weights or "random weights, seed %d, for tests only" % args.seed}), 18 logits"',
        'training_data = "%s"' % ("see torchxrayvision for " + args.weights if args.weights else "none: random weights"),
        'license = "torchxrayvision: Apache-2.0"',
        "",
        "[input]",
        f"height = {SIZE}",
        f"width = {SIZE}",
        "channels = 1",
        'resize = "center_crop"',
        'interpolation = "area"',
        'window = "dicom"',
        'normalization = "xrv"',
        'normalization_source = "torchxrayvision xrv.datasets.normalize(img, 255): [-1024, 1024]"',
        "",
        "[output]",
        'activation = "sigmoid"',
        "",
    ]
    for finding, names in FINDINGS.items():
        idx = [pathologies.index(n) for n in names if n in pathologies]
        if not idx:
            continue
        if op_threshs is not None:
            thr = [float(op_threshs[i]) for i in idx if not np.isnan(float(op_threshs[i]))]
            threshold, source = (min(thr), "xrv operating point (min over the mapped outputs)") if thr else (0.5, "0.5")
        else:
            threshold, source = 0.5, "0.5 (random weights: no operating point)"
        lines += [f"[findings.{finding}]", f"outputs = {idx}", f"threshold = {threshold:.6g}",
                  f'operating_point = "{source}; outputs {", ".join(pathologies[i] for i in idx)}"', ""]
    lines += ["[reference]", 'file = "reference.json"', ""]
    (out / "card.toml").write_text("\n".join(lines))
    print(f"wrote {out}: model.onnx ({os.path.getsize(out / 'model.onnx') / 1e6:.1f} MB), card.toml, reference pair")


if __name__ == "__main__":
    main()
