#!/usr/bin/env python3
"""Synthetic sample and fixture generator for dubbelcheck.

Everything written here is invented: the radiographs are geometric phantoms
drawn by this script, patients/accession numbers/UIDs/dates are fixed
synthetic values, and the Dutch reports are written by hand below. No real
image or report was used.

Outputs (all paths relative to the repository root):

  samples/studies/...            12 DICOM studies (+ a notes.txt and a KOS)
  samples/images/*.png           2 PNG phantoms
  samples/images_manifest.csv    file,accession_number,view_position
  samples/reports.csv            UTF-8 Dutch reports
  samples/phantom_truth.csv      which lesions were drawn in which image
  samples/README.md              per-study description (generated)
  tests/fixtures/reports_cp1252.csv, tests/fixtures/reports.jsonl
  tests/fixtures/invariance/     one phantom in 7 encodings + expected.json
  tests/fixtures/bad/            deliberately broken inputs
  tests/fixtures/README.md       (generated)

Determinism: fixed RNG seeds per phantom, UIDs derived from SHA-256 of a
fixed key under the 2.25 root, fixed dates. With the versions pinned in
samples/requirements.txt a rerun produces byte-identical files.

Run:  python samples/generate.py      (from anywhere; paths are resolved
      relative to this file)
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import shutil
import sys
from dataclasses import dataclass, field
from pathlib import Path

import imagecodecs
import numpy as np
import pydicom
from PIL import Image
from pydicom.dataset import Dataset, FileMetaDataset
from pydicom.encaps import encapsulate, generate_frames
from pydicom.sequence import Sequence
from pydicom.uid import (
    ExplicitVRLittleEndian,
    ImplicitVRLittleEndian,
    JPEG2000Lossless,
    JPEGBaseline8Bit,
    JPEGLosslessSV1,
    JPEGLSLossless,
    RLELossless,
    UID,
)

SAMPLES = Path(__file__).resolve().parent
REPO = SAMPLES.parent
FIXTURES = REPO / "tests" / "fixtures"

# --------------------------------------------------------------------------
# Constants
# --------------------------------------------------------------------------

# SOP classes
DX_FOR_PRESENTATION = UID("1.2.840.10008.5.1.4.1.1.1.1")
CR_IMAGE = UID("1.2.840.10008.5.1.4.1.1.1")
CT_IMAGE = UID("1.2.840.10008.5.1.4.1.1.2")
KEY_OBJECT_SELECTION = UID("1.2.840.10008.5.1.4.1.1.88.59")

LOSSLESS = {
    ExplicitVRLittleEndian,
    ImplicitVRLittleEndian,
    RLELossless,
    JPEGLosslessSV1,
    JPEGLSLossless,
    JPEG2000Lossless,
}

SIZE = 512  # chest phantoms are SIZE x SIZE
PIXEL_MM = 0.8  # 512 * 0.8 mm = 41 cm field, a typical chest detector
MAXV = 4095  # 12 bits stored

HOSP_NOORD = ("Synthetisch Ziekenhuis Noord", "Fictieve Medische Systemen", "PhantomRay 1", "SZN-DR01")
HOSP_ZUID = ("Proefkliniek Zuid", "Synthetic Imaging BV", "DX-Proef 3", "PKZ-RAD2")


def make_uid(key: str) -> UID:
    """Deterministic UID under the 2.25 (UUID-derived) root."""
    digest = hashlib.sha256(("dubbelcheck-synthetic/" + key).encode()).digest()
    return UID("2.25." + str(int.from_bytes(digest[:16], "big")))


# --------------------------------------------------------------------------
# Phantom drawing
# --------------------------------------------------------------------------


def blur(a: np.ndarray, sigma: float) -> np.ndarray:
    """Separable Gaussian blur (edge-padded), pure numpy."""
    if sigma <= 0:
        return a.astype(np.float64)
    r = max(1, int(round(3 * sigma)))
    x = np.arange(-r, r + 1, dtype=np.float64)
    k = np.exp(-0.5 * (x / sigma) ** 2)
    k /= k.sum()
    h, w = a.shape
    p = np.pad(a.astype(np.float64), ((r, r), (0, 0)), mode="edge")
    out = np.zeros((h, w))
    for i, wt in enumerate(k):
        out += wt * p[i : i + h, :]
    p = np.pad(out, ((0, 0), (r, r)), mode="edge")
    out2 = np.zeros((h, w))
    for i, wt in enumerate(k):
        out2 += wt * p[:, i : i + w]
    return out2


def splat_polyline(img: np.ndarray, pts: np.ndarray, weights: np.ndarray) -> None:
    """Add a polyline (normalised coords) to img, densely sampled."""
    n = img.shape[0]
    for (x0, y0), (x1, y1), w in zip(pts[:-1], pts[1:], weights[:-1]):
        steps = max(2, int(np.hypot(x1 - x0, y1 - y0) * n * 2))
        t = np.linspace(0.0, 1.0, steps, endpoint=False)
        xs = np.clip(((x0 + (x1 - x0) * t) * n).astype(int), 0, n - 1)
        ys = np.clip(((y0 + (y1 - y0) * t) * n).astype(int), 0, n - 1)
        np.add.at(img, (ys, xs), w)


@dataclass
class Lesion:
    """A lesion drawn into a phantom.

    kind: nodule | pneumothorax | consolidation
    side: 'R' (patient right = image left) or 'L'
    x, y: centre in normalised image coordinates (nodule, consolidation)
    size_mm: nodule diameter; consolidation width
    extent: pneumothorax collapse factor (smaller = bigger pneumothorax)
    """

    kind: str
    side: str
    x: float = 0.0
    y: float = 0.0
    size_mm: float = 0.0
    extent: float = 0.8

    def describe(self) -> str:
        side = "right" if self.side == "R" else "left"
        if self.kind == "nodule":
            zone = "upper" if self.y < 0.38 else ("mid" if self.y < 0.52 else "lower")
            return f"nodule, {side} {zone} zone, ~{self.size_mm:.0f} mm"
        if self.kind == "pneumothorax":
            return f"pneumothorax, {side} apical/lateral"
        return f"consolidation, {side} lower zone, ~{self.size_mm:.0f} mm wide"


def lung_masks(xx, yy, side: str, v: dict) -> tuple[np.ndarray, tuple[float, float]]:
    """Binary mask of one lung field and its hilum point (PA/AP geometry)."""
    sgn = -1 if side == "R" else 1  # patient right is on the image left
    cx = 0.5 + sgn * v["lung_dx"]
    top, bottom = v["apex_y"], 0.80
    cy, ry = (top + bottom) / 2, (bottom - top) / 2
    rx = v["lung_rx"] * (0.55 + 0.45 * np.sqrt(np.clip((yy - top) / 0.42, 0, 1)))
    inside = ((xx - cx) / rx) ** 2 + ((yy - cy) / ry) ** 2 < 1
    medial = (xx < 0.5 - v["medi_w"]) if side == "R" else (xx > 0.5 + v["medi_w"])
    dome_peak = v["dome_r"] if side == "R" else v["dome_l"]
    dome = dome_peak + 3.6 * (xx - cx) ** 2
    lung = inside & medial & (yy < dome)
    hilum = (0.5 + sgn * 0.10, 0.45)
    return lung, hilum


def draw_vessels(rng, n: int, lung: np.ndarray, hilum, count: int, side: str) -> np.ndarray:
    """Branching lung markings: vessels leave the hilar region and taper
    towards the periphery (outer third nearly free of markings)."""
    img = np.zeros((n, n))
    sgn = -1 if side == "R" else 1
    for _ in range(count):
        ang = rng.uniform(-np.pi * 0.85, np.pi * 0.6)  # upward, lateral and downward
        dx, dy = sgn * np.cos(ang), np.sin(ang)
        start = (hilum[0] + dx * 0.02 + rng.normal(0, 0.012), hilum[1] + dy * 0.02 + rng.normal(0, 0.02))
        length = rng.uniform(0.10, 0.24)
        k = 14
        t = np.linspace(0, 1, k)
        wob = np.cumsum(rng.normal(0, 0.005, (k, 2)), axis=0)
        pts = np.stack([start[0] + dx * length * t, start[1] + dy * length * t], axis=1) + wob
        weights = 0.7 * (1 - t) ** 1.5 + 0.04
        splat_polyline(img, pts, weights)
        for _b in range(2):  # side branches
            j = int(rng.integers(3, 10))
            bang = ang + rng.choice([-1, 1]) * rng.uniform(0.3, 0.8)
            bl = length * rng.uniform(0.25, 0.45)
            bt = np.linspace(0, 1, 8)
            bpts = np.stack(
                [pts[j, 0] + sgn * np.cos(bang) * bl * bt, pts[j, 1] + np.sin(bang) * bl * bt], axis=1
            )
            splat_polyline(img, bpts, weights[j] * 0.7 * (1 - bt) + 0.03)
    return np.clip(blur(img, 0.9), 0, 0.6) * lung


def draw_ribs(xx, yy, body: np.ndarray, v: dict, ap: bool) -> np.ndarray:
    """Posterior ribs (arcs dropping laterally), fainter anterior ribs, clavicles.

    Each rib is drawn as a faint band with brighter cortical margins, the way
    ribs look on a radiograph, and fades out towards the lateral chest wall.
    """
    ribs = np.zeros_like(xx)
    for side in ("R", "L"):
        sgn = -1 if side == "R" else 1
        d = sgn * (xx - 0.5)  # lateral distance from the midline
        s = np.clip((d - 0.03) / 0.40, 0, 1)
        fade = np.clip((0.44 - d) / 0.06, 0, 1) * (d > 0.03)
        for i in range(10):
            y0 = v["rib0"] + i * v["rib_step"]
            th = 0.010 + 0.0012 * i
            # up-and-out from the spine, then curving down along the wall
            curve = y0 - 0.035 * np.sin(np.pi * s) * (1 - s) + v["rib_drop"] * s**2
            t = (yy - curve) / th
            band = np.clip(1 - t**2, 0, None)
            cortex = np.exp(-(((np.abs(t) - 0.85) / 0.18) ** 2))
            ribs += (0.07 * band + 0.07 * cortex) * fade
            # anterior ribs: fainter, running from the lateral wall down-medially
            ya = y0 + 0.13 - 0.10 * np.clip((0.40 - d) / 0.28, 0, 1)
            ta = (yy - ya) / (th * 0.8)
            ribs += 0.035 * np.clip(1 - ta**2, 0, None) * ((d > 0.12) & (d < 0.40)) * fade
        # clavicle
        cy0 = 0.165 if not ap else 0.13
        ycl = cy0 - 0.05 * (np.clip(d - 0.04, 0, None) / 0.28)
        prof_c = np.clip(1 - ((yy - ycl) / 0.016) ** 2, 0, None)
        ribs += 0.18 * prof_c * ((d > 0.04) & (d < 0.32))
    return ribs * body * (yy < 0.84)


def chest_frontal(seed: int, lesions: list[Lesion], view: str = "PA", n: int = SIZE) -> np.ndarray:
    """12-bit MONOCHROME2 frontal chest phantom (bright = dense)."""
    rng = np.random.default_rng(seed)
    ap = view == "AP"
    v = {
        "lung_dx": 0.175 + rng.uniform(-0.008, 0.008),
        "lung_rx": 0.145 + rng.uniform(-0.008, 0.008),
        "apex_y": 0.15 + rng.uniform(-0.01, 0.01),
        "medi_w": 0.045,
        "dome_r": 0.700 + rng.uniform(-0.015, 0.015),
        "dome_l": 0.725 + rng.uniform(-0.015, 0.015),
        "rib0": 0.16 + rng.uniform(-0.01, 0.01),
        "rib_step": 0.057 + rng.uniform(-0.002, 0.002),
        "rib_drop": 0.13 + rng.uniform(-0.015, 0.015),
        "heart": 1.15 if ap else 1.0,  # AP magnifies the heart
    }
    yy, xx = (np.mgrid[0:n, 0:n] + 0.5) / n

    # Body: superellipse trunk + neck; tissue thickness falls off laterally.
    trunk = (np.abs((xx - 0.5) / 0.45) ** 3 + np.abs((yy - 0.66) / 0.62) ** 3) < 1
    neck = (np.abs(xx - 0.5) < 0.085) & (yy < 0.2)
    body = (trunk | neck).astype(float)
    thick = np.sqrt(np.clip(1 - ((xx - 0.5) / 0.47) ** 2, 0, 1))
    A = blur(body, 2.0) * (0.55 + 0.45 * thick)

    # Lung fields (air) and the structures overlying them.
    vessels = np.zeros((n, n))
    lungs_soft = np.zeros((n, n))
    lung_of = {}
    for side in ("R", "L"):
        lung, hilum = lung_masks(xx, yy, side, v)
        lung_of[side] = (lung, hilum)
        lungs_soft += blur(lung.astype(float), 2.5)
        vessels += draw_vessels(rng, n, lung, hilum, 40, side)

    heart = (((xx - 0.555) / (0.15 * v["heart"])) ** 2 + ((yy - 0.635) / (0.11 * v["heart"])) ** 2) < 1
    heart_soft = blur(heart.astype(float), 3.0)

    # --- lesions that modify the lung itself (pneumothorax) -----------------
    ptx_air = np.zeros((n, n))
    pleural_line = np.zeros((n, n))
    for les in lesions:
        if les.kind != "pneumothorax":
            continue
        lung, (hx, hy) = lung_of[les.side]
        f = les.extent
        # collapsed lung = lung shape shrunk towards the hilum by factor f
        sx = np.clip(((hx + (xx - hx) / f) * n).astype(int), 0, n - 1)
        sy = np.clip(((hy + (yy - hy) / f) * n).astype(int), 0, n - 1)
        collapsed = lung[sy, sx] & lung
        # keep the air apical/lateral (upright patient): taper off below y=0.6
        upper = np.clip((0.62 - yy) / 0.08, 0, 1)
        region = (lung & ~collapsed).astype(float) * upper
        region = blur(region, 0.7)
        ptx_air = np.maximum(ptx_air, region)
        c = blur(collapsed.astype(float), 0.8)
        pleural_line += 4 * c * (1 - c) * (upper > 0.2)
    vessels *= 1 - np.clip(ptx_air * 1.5, 0, 1)  # no lung markings in the pneumothorax

    A = A - 0.52 * lungs_soft * (1 - 0.75 * heart_soft)
    A += 0.10 * heart_soft
    A += 0.25 * vessels
    A -= 0.14 * ptx_air
    A += 0.20 * np.clip(pleural_line, 0, 1) * (1 - heart_soft)

    # Mediastinum details: trachea (air), aortic knob, hila, spine.
    trachea = (np.abs(xx - 0.5 - 0.01 * (yy - 0.2)) < 0.018) & (yy > 0.04) & (yy < 0.40)
    A -= 0.16 * blur(trachea.astype(float), 1.5)
    knob = ((xx - 0.565) ** 2 + (yy - 0.34) ** 2) < 0.035**2
    A += 0.08 * blur(knob.astype(float), 2.0)
    for hx in (0.40, 0.60):
        hil = ((xx - hx) / 0.035) ** 2 + ((yy - 0.46) / 0.05) ** 2 < 1
        A += 0.10 * blur(hil.astype(float), 3.0)
    spine = np.abs(xx - 0.5) < 0.036
    levels = 0.7 + 0.3 * (np.cos((yy - 0.05) / 0.052 * 2 * np.pi) > -0.6)
    A += 0.12 * blur(spine.astype(float), 1.5) * levels * body
    A += draw_ribs(xx, yy, body, v, ap)
    # below the hemidiaphragms: liver/stomach soft tissue is a bit denser
    abdomen = body * (1 - np.clip(lungs_soft, 0, 1)) * (yy > 0.68)
    A += 0.08 * blur(abdomen, 4.0)

    # --- lesions that add density -----------------------------------------
    for les in lesions:
        if les.kind == "nodule":
            r = les.size_mm / 2 / PIXEL_MM / n
            theta = np.arctan2(yy - les.y, xx - les.x)
            rr = r * (1 + 0.08 * np.sin(3 * theta + seed % 7))  # slightly lobulated
            d = np.hypot(xx - les.x, yy - les.y) / rr
            A += 0.30 * np.sqrt(np.clip(1 - d**2, 0, 1))
        elif les.kind == "consolidation":
            lung, _ = lung_of[les.side]
            w = les.size_mm / PIXEL_MM / n
            ell = (((xx - les.x) / (w / 2)) ** 2 + ((yy - les.y) / (w / 2.8)) ** 2) < 1
            mask = blur(ell.astype(float), 8.0)
            tex = blur(rng.normal(0, 1, (n, n)), 5.0)
            tex = 1 / (1 + np.exp(-tex / tex.std() * 2.0))  # patchy, 0..1
            A += 0.34 * mask * (0.35 + 0.65 * tex) * blur(lung.astype(float), 2.0)

    # Detector response: linear map, mild low-frequency mottle + quantum noise.
    img = 170 + 2350 * A
    img += 15 * blur(rng.normal(0, 1, (n, n)), 12.0) / 0.025
    img += rng.normal(0, 7.0, (n, n))
    return np.clip(np.rint(img), 0, MAXV).astype(np.uint16)


def chest_lateral(seed: int, n: int = SIZE) -> np.ndarray:
    """12-bit MONOCHROME2 left-lateral (LL) chest phantom; anterior = image left."""
    rng = np.random.default_rng(seed)
    yy, xx = (np.mgrid[0:n, 0:n] + 0.5) / n
    body = ((np.abs((xx - 0.5) / 0.40) ** 2.6 + np.abs((yy - 0.62) / 0.62) ** 2.6) < 1).astype(float)
    A = blur(body, 2.0) * 1.15
    A += 0.25 * np.clip(1 - yy / 0.32, 0, 1) * body  # arms/shoulders over the apex
    lung = ((((xx - 0.48) / 0.27) ** 2 + ((yy - 0.46) / 0.31) ** 2) < 1) & (yy < 0.70 + 0.12 * (xx - 0.2))
    lung_soft = blur(lung.astype(float), 3.0)
    heart = (((xx - 0.36) / 0.17) ** 2 + ((yy - 0.62) / 0.15) ** 2) < 1
    heart_soft = blur(heart.astype(float), 3.0)
    A -= 0.62 * lung_soft * (1 - 0.7 * heart_soft)
    A += 0.09 * draw_vessels(rng, n, lung, (0.50, 0.45), 30, "L") + 0.09 * draw_vessels(rng, n, lung, (0.50, 0.45), 20, "R")
    # vertebral bodies (posterior, image right) with disc spaces
    spine = (xx > 0.73) & (xx < 0.82) & (yy > 0.05)
    discs = ((yy - 0.05) % 0.058) > 0.011
    A += 0.35 * blur((spine & discs).astype(float), 1.2)
    # sternum (anterior)
    sternum = (xx > 0.155) & (xx < 0.18) & (yy > 0.2) & (yy < 0.56)
    A += 0.16 * blur(sternum.astype(float), 1.5)
    # faint oblique posterior ribs
    for i in range(9):
        y0 = 0.17 + i * 0.062
        curve = y0 + 0.25 * (0.78 - xx)
        prof = np.clip(1 - ((yy - curve) / 0.012) ** 2, 0, None)
        A += 0.08 * prof * ((xx > 0.45) & (xx < 0.78)) * body
    img = 170 + 2350 * A
    img += 15 * blur(rng.normal(0, 1, (n, n)), 12.0) / 0.025
    img += rng.normal(0, 7.0, (n, n))
    return np.clip(np.rint(img), 0, MAXV).astype(np.uint16)


def knee_lateral(seed: int, n: int = 256) -> np.ndarray:
    """12-bit lateral knee phantom (the non-chest study)."""
    rng = np.random.default_rng(seed)
    yy, xx = (np.mgrid[0:n, 0:n] + 0.5) / n
    soft = (np.abs(xx - 0.5 - 0.03 * np.sin(yy * 3)) < 0.30).astype(float)
    A = 0.7 * blur(soft, 2.0)
    femur = ((np.abs(xx - 0.52) < 0.11) & (yy < 0.45)) | ((((xx - 0.52) / 0.17) ** 2 + ((yy - 0.50) / 0.12) ** 2) < 1)
    tibia = ((np.abs(xx - 0.52) < 0.10) & (yy > 0.66)) | ((((xx - 0.52) / 0.16) ** 2 + ((yy - 0.66) / 0.05) ** 2) < 1)
    patella = (((xx - 0.28) / 0.045) ** 2 + ((yy - 0.47) / 0.08) ** 2) < 1
    for bone in (femur, tibia, patella):
        b = blur(bone.astype(float), 1.0)
        A += 0.45 * b + 0.25 * 4 * b * (1 - b)  # cortex brighter than medulla
    img = 200 + 2300 * A + rng.normal(0, 7.0, (n, n))
    return np.clip(np.rint(img), 0, MAXV).astype(np.uint16)


def ct_chest_axial(seed: int, n: int = 256) -> np.ndarray:
    """Signed 16-bit axial chest CT slice in HU (the wrong-modality study)."""
    rng = np.random.default_rng(seed)
    yy, xx = (np.mgrid[0:n, 0:n] + 0.5) / n
    hu = np.full((n, n), -1000.0)
    body = (((xx - 0.5) / 0.44) ** 2 + ((yy - 0.52) / 0.32) ** 2) < 1
    hu[body] = -90  # subcutaneous fat
    inner = (((xx - 0.5) / 0.40) ** 2 + ((yy - 0.52) / 0.28) ** 2) < 1
    hu[inner] = 40
    for cx in (0.32, 0.68):
        lung = (((xx - cx) / 0.15) ** 2 + ((yy - 0.50) / 0.22) ** 2) < 1
        hu[lung] = -850
    heart = (((xx - 0.54) / 0.12) ** 2 + ((yy - 0.48) / 0.11) ** 2) < 1
    hu[heart] = 45
    aorta = ((xx - 0.56) ** 2 + (yy - 0.66) ** 2) < 0.03**2
    hu[aorta] = 50
    vert = ((xx - 0.5) ** 2 + (yy - 0.72) ** 2) < 0.05**2
    hu[vert] = 350
    hu += rng.normal(0, 12.0, (n, n)) * (hu > -950)
    return np.rint(hu).astype(np.int16)


def to_8bit(img12: np.ndarray, center: float, width: float) -> np.ndarray:
    """Linear VOI window to 8 bits (used for PNG and JPEG Baseline)."""
    lo = center - width / 2
    out = (img12.astype(np.float64) - lo) / width * 255
    return np.clip(np.rint(out), 0, 255).astype(np.uint8)


def auto_window(img: np.ndarray) -> tuple[int, int]:
    """Window centre/width spanning the 0.5th..99.8th percentile of the
    pixels inside the body (background = direct exposure excluded)."""
    vals = img[img > np.percentile(img, 5) + 300]
    lo, hi = np.percentile(vals, [0.5, 99.8])
    lo, hi = lo - 0.05 * (hi - lo), hi + 0.05 * (hi - lo)
    return int(round((lo + hi) / 2)), int(round(hi - lo))


# --------------------------------------------------------------------------
# DICOM writing
# --------------------------------------------------------------------------


@dataclass
class Patient:
    pid: str
    name: str
    sex: str
    birth: str


PATIENTS = {
    "P01": Patient("SYN0001", "Proef^Patiënt 01", "F", "19580412"),
    "P02": Patient("SYN0002", "Voorbeeld^Daniël", "M", "19470903"),
    "P03": Patient("SYN0003", "Synthetisch^Zoë", "F", "19900117"),
    "P04": Patient("SYN0004", "Test^Anoniem", "M", "19620228"),
    "P05": Patient("SYN0005", "Fictief^Inès", "F", "19811105"),
    "P06": Patient("SYN0006", "Proef^Noël", "M", "19730621"),
    "P07": Patient("SYN0007", "Voorbeeld^Anaïs", "F", "19550830"),
    "P08": Patient("SYN0008", "Proef^Patiënt 08", "M", "19690314"),
    "P09": Patient("SYN0009", "Test^Geen Naam", "F", "19440209"),
    "P10": Patient("SYN0010", "Synthetisch^Bjørn", "M", "19991224"),
    "INV": Patient("SYN9001", "Invariantie^Proef", "O", "19700101"),
}


@dataclass
class ImageSpec:
    """One DICOM instance of a study."""

    path: str  # relative to samples/studies/; "{sop}" is replaced by the SOP Instance UID
    ts: UID
    view: str = "PA"
    kind: str = "chest"  # chest | lateral | knee | ct | kos
    lesions: list[Lesion] = field(default_factory=list)
    photometric: str = "MONOCHROME2"
    rescale: tuple[int, int] = (1, 0)  # (slope, intercept)
    corrupt: bool = False  # truncate in the middle of the pixel data
    seed: int = 0
    note: str = ""


@dataclass
class Study:
    acc: str
    date: str  # YYYYMMDD
    time: str
    patient: str
    hosp: tuple
    modality: str  # DX | CR | CT
    description: str
    charset: str
    images: list[ImageSpec]
    report: str | None  # None = no report row
    purpose: str
    report_summary: str
    body_part: str = "CHEST"


def write_dataset(ds: Dataset, path: Path) -> bytes:
    """Write as a DICOM Part 10 file; returns the bytes written."""
    path.parent.mkdir(parents=True, exist_ok=True)
    buf = io.BytesIO()
    pydicom.dcmwrite(buf, ds, enforce_file_format=True)
    data = buf.getvalue()
    path.write_bytes(data)
    return data


def strip_jpeg_app_segments(stream: bytes) -> bytes:
    """Drop APPn (JFIF) segments that libjpeg-turbo puts before SOF."""
    assert stream[:2] == b"\xff\xd8"
    out, i = bytearray(b"\xff\xd8"), 2
    while True:
        marker = stream[i : i + 2]
        seglen = int.from_bytes(stream[i + 2 : i + 4], "big")
        if 0xE0 <= marker[1] <= 0xEF:
            i += 2 + seglen
            continue
        out += stream[i:]
        return bytes(out)


def jpeg_lossless_sv1(arr: np.ndarray, bits: int) -> bytes:
    """JPEG Process 14, predictor 1 (SV1), point transform 0."""
    cs = strip_jpeg_app_segments(imagecodecs.jpeg8_encode(arr, lossless=True, predictor=1, bitspersample=bits))
    sof = cs.index(b"\xff\xc3")
    assert cs[sof + 4] == bits, "SOF3 precision"
    sos = cs.index(b"\xff\xda")
    ns = cs[sos + 4]
    ss = cs[sos + 5 + 2 * ns]  # first byte after the component list = predictor
    assert ss == 1 and cs[sos + 7 + 2 * ns] == 0, "SV1 with Pt=0"
    return cs


def base_dataset(study: Study, img: ImageSpec, series_no: int, instance_no: int, sop_class: UID) -> Dataset:
    """Patient/study/series/equipment/SOP common attributes."""
    pat = PATIENTS[study.patient]
    inst, manu, model, station = study.hosp
    ds = Dataset()
    ds.SpecificCharacterSet = study.charset
    ds.SOPClassUID = sop_class
    ds.SOPInstanceUID = make_uid(f"{study.acc}/sop/{series_no}/{instance_no}")
    ds.StudyDate = study.date
    ds.SeriesDate = study.date
    ds.ContentDate = study.date
    ds.StudyTime = study.time
    ds.SeriesTime = study.time
    ds.ContentTime = study.time
    ds.AccessionNumber = study.acc
    ds.Modality = study.modality if img.kind != "kos" else "KO"
    ds.Manufacturer = manu
    ds.ManufacturerModelName = model
    ds.InstitutionName = inst
    ds.StationName = station
    ds.ReferringPhysicianName = ""
    ds.StudyDescription = study.description
    ds.PatientName = pat.name
    ds.PatientID = pat.pid
    ds.PatientBirthDate = pat.birth
    ds.PatientSex = pat.sex
    ds.StudyInstanceUID = make_uid(f"{study.acc}/study")
    ds.SeriesInstanceUID = make_uid(f"{study.acc}/series/{series_no}")
    ds.StudyID = study.acc[-4:]
    ds.SeriesNumber = series_no
    ds.InstanceNumber = instance_no
    return ds


def add_file_meta(ds: Dataset, ts: UID) -> None:
    meta = FileMetaDataset()
    meta.MediaStorageSOPClassUID = ds.SOPClassUID
    meta.MediaStorageSOPInstanceUID = ds.SOPInstanceUID
    meta.TransferSyntaxUID = ts
    ds.file_meta = meta


def draw_image(img: ImageSpec) -> np.ndarray:
    if img.kind == "chest":
        return chest_frontal(img.seed, img.lesions, img.view)
    if img.kind == "lateral":
        return chest_lateral(img.seed)
    if img.kind == "knee":
        return knee_lateral(img.seed)
    if img.kind == "ct":
        return ct_chest_axial(img.seed)
    raise ValueError(img.kind)


@dataclass
class Written:
    """What was written, for verification and the tables."""

    path: Path
    ts: UID
    photometric: str
    view: str
    expected: np.ndarray | None  # stored values a decoder must return (lossless)
    approx: np.ndarray | None = None  # 8-bit source of a lossy file
    corrupt: bool = False
    sop_uid: str = ""
    size: int = 0


def encode_pixels(ds: Dataset, stored: np.ndarray, ts: UID, bits_stored: int) -> None:
    """Put `stored` into ds with the given transfer syntax."""
    ds.file_meta.TransferSyntaxUID = ts
    if ts in (ExplicitVRLittleEndian, ImplicitVRLittleEndian):
        vr = "OW" if ds.BitsAllocated == 16 else "OB"
        ds.add_new(0x7FE00010, vr, stored.astype("<u2" if stored.dtype.kind == "u" else "<i2").tobytes()
                   if ds.BitsAllocated == 16 else stored.tobytes())
    elif ts == RLELossless:
        ds.add_new(0x7FE00010, "OW", stored.astype("<u2").tobytes())
        ds.compress(RLELossless, stored, encoding_plugin="pydicom", generate_instance_uid=False)
    elif ts == JPEGLSLossless:
        ds.add_new(0x7FE00010, "OW", stored.astype("<u2").tobytes())
        ds.compress(JPEGLSLossless, stored, encoding_plugin="pyjpegls", generate_instance_uid=False)
    elif ts == JPEG2000Lossless:
        ds.add_new(0x7FE00010, "OW", stored.astype("<u2").tobytes())
        ds.compress(JPEG2000Lossless, stored, encoding_plugin="pylibjpeg", generate_instance_uid=False)
    elif ts == JPEGLosslessSV1:
        frame = jpeg_lossless_sv1(stored, bits_stored)
        ds.add_new(0x7FE00010, "OB", encapsulate([frame]))
    elif ts == JPEGBaseline8Bit:
        buf = io.BytesIO()
        Image.fromarray(stored, "L").save(buf, "JPEG", quality=90)
        frame = buf.getvalue()
        ds.add_new(0x7FE00010, "OB", encapsulate([frame]))
        ds.LossyImageCompression = "01"
        ds.LossyImageCompressionRatio = f"{stored.nbytes / len(frame):.2f}"
        ds.LossyImageCompressionMethod = "ISO_10918_1"
    else:
        raise ValueError(ts)


def write_image(study: Study, img: ImageSpec, series_no: int, instance_no: int, out: Path) -> Written:
    """Draw the phantom for `img` and write it with its transfer syntax."""
    pixels = draw_image(img)
    if img.kind == "ct":
        sop_class = CT_IMAGE
    elif study.modality == "CR":
        sop_class = CR_IMAGE
    else:
        sop_class = DX_FOR_PRESENTATION
    ds = base_dataset(study, img, series_no, instance_no, sop_class)
    ds.BodyPartExamined = study.body_part
    ds.SeriesDescription = {
        "PA": "Thorax PA", "AP": "Thorax AP liggend", "LL": "Thorax lateraal",
        "LATERAL": "Knie lateraal", "": "CT Thorax",
    }.get(img.view, img.view)
    if img.kind != "ct":
        ds.ViewPosition = img.view
        ds.PatientOrientation = "P\\F" if img.view in ("LL", "LATERAL") else "L\\F"
        ds.ImagerPixelSpacing = [PIXEL_MM, PIXEL_MM] if img.kind != "knee" else [0.6, 0.6]
        ds.PixelSpacing = ds.ImagerPixelSpacing
    else:
        ds.ImageType = ["ORIGINAL", "PRIMARY", "AXIAL"]
        ds.PixelSpacing = [1.5, 1.5]
        ds.SliceThickness = "5"
        ds.ImagePositionPatient = [-192, -192, -120]
        ds.ImageOrientationPatient = [1, 0, 0, 0, 1, 0]
        ds.KVP = "120"
    if sop_class == DX_FOR_PRESENTATION:
        ds.ImageType = ["DERIVED", "PRIMARY"]
        ds.PresentationIntentType = "FOR PRESENTATION"
    elif sop_class == CR_IMAGE:
        ds.ImageType = ["DERIVED", "PRIMARY"]

    ds.SamplesPerPixel = 1
    ds.Rows, ds.Columns = pixels.shape
    photometric = img.photometric

    if img.kind == "ct":
        # signed 16-bit HU, lung window
        stored = pixels
        ds.BitsAllocated, ds.BitsStored, ds.HighBit, ds.PixelRepresentation = 16, 16, 15, 1
        ds.RescaleIntercept, ds.RescaleSlope, ds.RescaleType = "0", "1", "HU"
        ds.WindowCenter, ds.WindowWidth = "-600", "1500"
        bits = 16
    elif img.ts == JPEGBaseline8Bit:
        # lossy 8-bit: window the 12-bit phantom into 8 bits first
        c, w = auto_window(pixels)
        stored = to_8bit(pixels, c, w)
        ds.BitsAllocated, ds.BitsStored, ds.HighBit, ds.PixelRepresentation = 8, 8, 7, 0
        ds.RescaleIntercept, ds.RescaleSlope = "0", "1"
        ds.WindowCenter, ds.WindowWidth = "128", "256"
        bits = 8
    else:
        c, w = auto_window(pixels)
        slope, intercept = img.rescale
        # stored values such that slope * stored + intercept ~= phantom value
        stored = np.clip(np.rint((pixels.astype(np.float64) - intercept) / slope), 0, MAXV).astype(np.uint16)
        if photometric == "MONOCHROME1":
            stored = (MAXV - stored).astype(np.uint16)
            c = MAXV - c
        ds.BitsAllocated, ds.BitsStored, ds.HighBit, ds.PixelRepresentation = 16, 12, 11, 0
        ds.RescaleIntercept, ds.RescaleSlope = str(intercept), str(slope)
        ds.WindowCenter, ds.WindowWidth = str(c), str(w)
        bits = 12
    ds.PhotometricInterpretation = photometric
    if sop_class == DX_FOR_PRESENTATION:
        ds.PresentationLUTShape = "INVERSE" if photometric == "MONOCHROME1" else "IDENTITY"
    if img.ts not in (JPEGBaseline8Bit,):
        ds.LossyImageCompression = "00"

    add_file_meta(ds, img.ts)
    encode_pixels(ds, stored, img.ts, bits)
    data = write_dataset(ds, out)
    if img.corrupt:
        # truncate in the middle of the pixel data: keep everything up to the
        # PixelData value plus half of it
        cut = len(data) - len(ds.PixelData) // 2
        out.write_bytes(data[:cut])
        data = data[:cut]
    return Written(
        path=out, ts=img.ts, photometric=photometric, view=img.view,
        expected=stored if img.ts in LOSSLESS else None,
        approx=stored if img.ts not in LOSSLESS else None,
        corrupt=img.corrupt, sop_uid=str(ds.SOPInstanceUID), size=len(data),
    )


def write_kos(study: Study, img: ImageSpec, ref: Written, ref_ds_series: int, out: Path) -> Written:
    """Key Object Selection document (no pixel data) referencing an image."""
    ds = base_dataset(study, img, 99, 1, KEY_OBJECT_SELECTION)
    ds.SeriesDescription = "Sleutelbeelden"
    ds.ContentDate, ds.ContentTime = study.date, study.time
    ds.ValueType = "CONTAINER"
    concept = Dataset()
    concept.CodeValue, concept.CodingSchemeDesignator, concept.CodeMeaning = "113000", "DCM", "Of Interest"
    ds.ConceptNameCodeSequence = Sequence([concept])
    ds.ContinuityOfContent = "SEPARATE"
    tmpl = Dataset()
    tmpl.MappingResource, tmpl.TemplateIdentifier = "DCMR", "2010"
    ds.ContentTemplateSequence = Sequence([tmpl])
    ref_sop = Dataset()
    ref_sop.ReferencedSOPClassUID = DX_FOR_PRESENTATION
    ref_sop.ReferencedSOPInstanceUID = ref.sop_uid
    item = Dataset()
    item.RelationshipType, item.ValueType = "CONTAINS", "IMAGE"
    item.ReferencedSOPSequence = Sequence([ref_sop])
    ds.ContentSequence = Sequence([item])
    series = Dataset()
    series.SeriesInstanceUID = make_uid(f"{study.acc}/series/{ref_ds_series}")
    series.ReferencedSOPSequence = Sequence([ref_sop])
    ev = Dataset()
    ev.StudyInstanceUID = ds.StudyInstanceUID
    ev.ReferencedSeriesSequence = Sequence([series])
    ds.CurrentRequestedProcedureEvidenceSequence = Sequence([ev])
    add_file_meta(ds, img.ts)
    data = write_dataset(ds, out)
    return Written(path=out, ts=img.ts, photometric="-", view="-", expected=None,
                   sop_uid=str(ds.SOPInstanceUID), size=len(data))


# --------------------------------------------------------------------------
# The studies. Patient right = image left; x,y normalised (0..1).
# --------------------------------------------------------------------------

NODULE_RUL = Lesion("nodule", "R", 0.31, 0.30, 16)
NODULE_LLL = Lesion("nodule", "L", 0.75, 0.60, 15)
NODULE_R_MID = Lesion("nodule", "R", 0.29, 0.45, 13)
NODULE_LUL = Lesion("nodule", "L", 0.69, 0.29, 18)
PTX_L = Lesion("pneumothorax", "L", extent=0.78)
PTX_R = Lesion("pneumothorax", "R", extent=0.80)
PTX_R_EXP = Lesion("pneumothorax", "R", extent=0.74)  # larger in expiration
CONS_RLL = Lesion("consolidation", "R", 0.31, 0.62, 70)
CONS_LLL = Lesion("consolidation", "L", 0.745, 0.64, 55)

STUDIES: list[Study] = [
    Study(
        acc="DC24000101", date="20240301", time="081512", patient="P01", hosp=HOSP_NOORD,
        modality="DX", description="X-thorax", charset="ISO_IR 100",
        images=[ImageSpec("2024-03-01/DC24000101/IM0001.dcm", ExplicitVRLittleEndian, "PA",
                          lesions=[NODULE_RUL], seed=101)],
        report=(
            "Klinische gegevens:\nPreoperatieve screening, geen klachten.\n\n"
            "Verslag:\nX-thorax PA. Geen eerder onderzoek ter vergelijking. Normale cor-grootte. "
            "Scherpe sinus phrenicocostales. Geen infiltraat, geen pleuravocht, geen pneumothorax.\n\n"
            "Conclusie:\nGeen afwijkingen."
        ),
        report_summary='"Geen afwijkingen" (normal)',
        purpose="Missed finding: nodule drawn in the right upper zone, report is normal.",
    ),
    Study(
        acc="DC24000102", date="20240301", time="093040", patient="P02", hosp=HOSP_NOORD,
        modality="CR", description="X-thorax", charset="ISO_IR 100",
        images=[ImageSpec("2024-03-01/DC24000102/IM0001", ImplicitVRLittleEndian, "PA", seed=102)],
        report=(
            "Klinische gegevens:\nRoker, 40 pakjaren. Hoesten sinds 3 weken.\n\n"
            "Verslag:\nGeen vooronderzoek. Ronde verdichting in de rechter bovenkwab van circa 14 mm, "
            "verdacht voor een nodus. Cor niet vergroot. Geen pleuravocht.\n\n"
            "Conclusie:\nNodus rechter bovenkwab. Aanvullende CT-thorax geadviseerd."
        ),
        report_summary='"Nodus rechter bovenkwab"',
        purpose="Report-only finding: the report describes a nodule, the image is clean. "
                "File has no extension; CR Image Storage.",
    ),
    Study(
        acc="DC24000103", date="20240301", time="141205", patient="P03", hosp=HOSP_NOORD,
        modality="DX", description="X-thorax PA en lateraal", charset="ISO_IR 192",
        images=[
            ImageSpec("2024-03-01/DC24000103/IM0001", RLELossless, "PA", lesions=[PTX_L], seed=103),
            ImageSpec("2024-03-01/DC24000103/IM0002", RLELossless, "LL", kind="lateral", seed=1031),
        ],
        report=(
            "Klinische gegevens:\nAcute pijn op de borst links na sporten, dyspnoe.\n\n"
            "Verslag:\nX-thorax PA en lateraal. Links apicaal en lateraal een pneumothorax met zichtbare "
            "viscerale pleuralijn, apicaal circa 2 cm. Geen mediastinale verplaatsing. Geen pleuravocht.\n\n"
            "Conclusie:\nPneumothorax links, geen tekenen van spanning."
        ),
        report_summary="Pneumothorax links (correct)",
        purpose="Concordant positive; PA + lateral (LL) in one study: only the frontal view "
                "should be scored (or the study-level view selection exercised). Files have no extension.",
    ),
    Study(
        acc="DC24000104", date="20240302", time="023317", patient="P04", hosp=HOSP_ZUID,
        modality="DX", description="X-thorax bed", charset="ISO_IR 100",
        images=[ImageSpec("2024-03-02/DC24000104/{sop}.dcm", JPEGBaseline8Bit, "AP",
                          lesions=[CONS_RLL], seed=104)],
        report=(
            "Klinische gegevens:\nKoorts en productief hoesten, CRP 85. Liggende opname op de IC.\n\n"
            "Verslag:\nAP-opname, beperkte inspiratie. Rechts basaal een vage verdichting met "
            'matglasaspect ("ground glass"); mogelijk beginnend infiltraat, DD atelectase. '
            "Geen duidelijk pleuravocht.\n\n"
            "Conclusie:\nMogelijk beginnend infiltraat rechter onderkwab, DD atelectase. Controle na behandeling."
        ),
        report_summary='Hedged: "mogelijk beginnend infiltraat, DD atelectase"',
        purpose="Hedged report vs drawn consolidation (right lower zone); lossy 8-bit JPEG Baseline; "
                "file named <SOPInstanceUID>.dcm; report text contains quotes and commas.",
    ),
    Study(
        acc="DC24000105", date="20240302", time="101010", patient="P05", hosp=HOSP_ZUID,
        modality="DX", description="X-thorax", charset="ISO_IR 100",
        images=[ImageSpec("2024-03-02/DC24000105/IM0001.DCM", JPEGLosslessSV1, "PA",
                          lesions=[NODULE_LLL], photometric="MONOCHROME1", seed=105)],
        report=(
            "Eén scherp begrensde nodus in de linker onderkwab van ongeveer 15 mm. "
            "Geen andere afwijkingen. Vergelijking met eerder onderzoek gewenst, bij ontbreken daarvan CT-thorax."
        ),
        report_summary="Headerless; één nodus linker onderkwab (correct)",
        purpose="MONOCHROME1 (stored inverted) must be inverted before scoring; concordant positive; "
                "upper-case .DCM extension; headerless report.",
    ),
    Study(
        acc="DC24000106", date="20240303", time="110501", patient="P06", hosp=HOSP_NOORD,
        modality="DX", description="X-thorax in- en expiratie", charset="ISO_IR 100",
        images=[
            ImageSpec("2024-03-03/DC24000106/SER001/IM0001.dcm", JPEGLSLossless, "PA",
                      lesions=[PTX_R], seed=106, note="inspiration"),
            ImageSpec("2024-03-03/DC24000106/SER002/IM0001.dcm", JPEGLSLossless, "PA",
                      lesions=[PTX_R_EXP], seed=1061, note="expiration"),
        ],
        report=(
            "Klinische gegevens:\nControle na verwijderen pleuradrain rechts. Patiënt is kortademig.\n\n"
            "Verslag:\nX-thorax PA in inspiratie en expiratie. Geen pneumothorax. Drainkanaal rechts "
            "zonder bijzonderheden. Cor en mediastinum normaal.\n\n"
            "Conclusie:\nGeen pneumothorax na drainverwijdering."
        ),
        report_summary='Explicit negation "Geen pneumothorax"',
        purpose="Missed finding under explicit negation: both frontal images show a right pneumothorax; "
                "two frontal images in one study (series folders, same file name in both).",
    ),
    Study(
        acc="DC24000107", date="20240303", time="154420", patient="P07", hosp=HOSP_ZUID,
        modality="DX", description="X-thorax", charset="ISO_IR 192",
        images=[
            ImageSpec("2024-03-03/DC24000107/IM0001.dcm", JPEG2000Lossless, "PA", seed=107),
            ImageSpec("2024-03-03/DC24000107/KO0001.dcm", ExplicitVRLittleEndian, "-", kind="kos"),
        ],
        report=(
            "Klinische gegevens:\nPatiënte heeft sinds één week koorts. Vraagstelling: pneumonie?\n\n"
            "Verslag:\nGeen consolidaties. Longvelden niet geïnfiltreerd. Geen pleuravocht. Cor niet vergroot. "
            "Geen aanwijzingen voor een reëel infiltraat.\n\n"
            "Conclusie:\nGeen afwijkingen, met name geen pneumonie."
        ),
        report_summary="Normal, with diacritics (één, ë, ï)",
        purpose="Concordant negative; JPEG 2000; the study folder also holds a Key Object Selection "
                "document without pixel data that must be skipped without dropping the study.",
    ),
    Study(
        acc="DC24000108", date="20240304", time="084450", patient="P08", hosp=HOSP_NOORD,
        modality="CR", description="X-thorax", charset="ISO_IR 100",
        images=[ImageSpec("2024-03-04/DC24000108/IM0001.dcm", ExplicitVRLittleEndian, "PA",
                          lesions=[NODULE_R_MID, CONS_LLL], rescale=(2, -1024), seed=108)],
        report=(
            "Klinische gegevens:\nDyspnoe en koorts.\n\n"
            "Verslag:\nConsolidatie in de linker onderkwab, de linker hemidiafragma is niet scherp afgrensbaar. "
            "Geen pleuravocht. Cor niet vergroot.\n\n"
            "Conclusie:\nPneumonie linker onderkwab."
        ),
        report_summary="Consolidatie linker onderkwab (nodule not mentioned)",
        purpose="Modality LUT: RescaleSlope 2, RescaleIntercept -1024 (stored = (value+1024)/2); "
                "partial miss: consolidation reported, nodule (right mid zone) missed.",
    ),
    Study(
        acc="DC24000109", date="20240304", time="091215", patient="P09", hosp=HOSP_NOORD,
        modality="DX", description="X-thorax", charset="ISO_IR 100",
        images=[ImageSpec("2024-03-04/DC24000109/IM0001.dcm", ExplicitVRLittleEndian, "PA",
                          lesions=[CONS_RLL], corrupt=True, seed=109)],
        report="Verslag:\nInfiltraat rechter onderkwab.\n\nConclusie:\nPneumonie rechts basaal.",
        report_summary="Infiltraat rechter onderkwab",
        purpose="Corrupt file: valid header, truncated halfway through the pixel data. Must be reported "
                "as an error for this accession, not crash the run.",
    ),
    Study(
        acc="DC24000110", date="20240304", time="132700", patient="P04", hosp=HOSP_ZUID,
        modality="CT", description="CT thorax blanco", charset="ISO_IR 100",
        images=[ImageSpec("2024-03-04/DC24000110/CT0001.dcm", ExplicitVRLittleEndian, "", kind="ct", seed=110)],
        report=(
            "CT-thorax zonder contrast.\n\nVerslag:\nGeen longnoduli. Geen consolidaties. Geen pleuravocht.\n\n"
            "Conclusie:\nGeen afwijkingen."
        ),
        report_summary="CT report, normal",
        purpose="Wrong modality: CT Image Storage (signed 16-bit HU, 256x256) with BodyPartExamined CHEST; "
                "must be skipped as not a radiograph.",
    ),
    Study(
        acc="DC24000111", date="20240305", time="100005", patient="P10", hosp=HOSP_ZUID,
        modality="DX", description="X-knie rechts", charset="ISO_IR 100", body_part="KNEE",
        images=[ImageSpec("2024-03-05/DC24000111/IM0001", ExplicitVRLittleEndian, "LATERAL", kind="knee", seed=111)],
        report=(
            "Klinische gegevens:\nVal op de rechter knie.\n\nVerslag:\nRöntgen knie rechts lateraal. "
            "Geen fractuur. Geen hydrops.\n\nConclusie:\nGeen traumatische afwijkingen."
        ),
        report_summary="Knee report (Röntgen knie)",
        purpose="Non-chest study (BodyPartExamined KNEE, ViewPosition LATERAL, 256x256): must be skipped.",
    ),
    Study(
        acc="DC24000112", date="20240305", time="113030", patient="P01", hosp=HOSP_NOORD,
        modality="CR", description="X-thorax controle", charset="ISO_IR 192",
        images=[ImageSpec("2024-03-05/DC24000112/IM0001.dcm", ExplicitVRLittleEndian, "PA",
                          lesions=[NODULE_LUL, PTX_R], seed=112)],
        report=None,
        report_summary="(no report)",
        purpose="Image without report (must be listed, not scored against text). Same patient as "
                "DC24000101 but with PatientName in UTF-8 (ISO_IR 192) instead of Latin-1.",
    ),
]

# PNG phantoms (samples/images/), paired through images_manifest.csv.
PNGS = [
    dict(file="images/PNG0001.png", acc="DC24000113", view="PA", lesions=[PTX_R], seed=113,
         report="Normale thoraxfoto. Geen afwijkingen.",
         report_summary='Headerless "Geen afwijkingen"',
         purpose="PNG input; missed right pneumothorax."),
    dict(file="images/PNG0002.png", acc="DC24000114", view="AP", lesions=[], seed=114,
         report=("Verslag:\nGeen infiltraat, geen pleuravocht, geen pneumothorax. Cor normaal van grootte.\n\n"
                 "Conclusie:\nGeen afwijkingen."),
         report_summary="Normal",
         purpose="PNG input; concordant negative."),
]

# Report whose accession has no image at all.
ORPHAN_REPORT = dict(
    acc="DC24000199", date="2024-03-05",
    report=("Klinische gegevens:\nFollow-up nodus.\n\nVerslag:\nStabiele nodus in de rechter bovenkwab "
            "van 8 mm, vergeleken met het onderzoek van vorig jaar.\n\nConclusie:\nStabiele nodus rechter bovenkwab."),
    summary="Stabiele nodus rechter bovenkwab",
    purpose="Report without any image: must be listed as unmatched.",
)

# Reports for tests/fixtures/reports_cp1252.csv and reports.jsonl. They use
# characters that differ between Windows-1252 and ISO-8859-1 (en dash 0x96,
# ellipsis 0x85, curly quotes 0x93/0x94) besides the usual Dutch diacritics.
FIXTURE_REPORTS = [
    ("DC24000901", "2024-04-02",
     "Klinische gegevens:\nKoorts sinds één week.\n\nVerslag:\nRechter onderkwab geïnfiltreerd – passend bij pneumonie.\n\n"
     "Conclusie:\nPneumonie rechter onderkwab."),
    ("DC24000902", "2024-04-02",
     "Geen afwijkingen. Geen pneumothorax, geen infiltraat, geen pleuravocht."),
    ("DC24000903", "2024-04-03",
     "Verslag:\nCoëxistent emfyseem en een nodus van 11 mm in de linker bovenkwab… "
     "Reëel verschil t.o.v. vorig onderzoek: „groei” van 3 mm.\n\nConclusie:\nNodus linker bovenkwab, CT geadviseerd."),
    ("DC24000904", "2024-04-04",
     "Patiënte, naïeve vraagstelling. Mogelijk kleine apicale pneumothorax rechts, DD huidplooi."),
]


# --------------------------------------------------------------------------
# Generation
# --------------------------------------------------------------------------


def clean_outputs() -> None:
    """Remove previous outputs of this script (and only those)."""
    for d in (SAMPLES / "studies", SAMPLES / "images", FIXTURES / "invariance", FIXTURES / "bad"):
        if d.exists():
            shutil.rmtree(d)
    for f in (SAMPLES / "reports.csv", SAMPLES / "phantom_truth.csv", SAMPLES / "truth_scores.csv",
              SAMPLES / "images_manifest.csv",
              SAMPLES / "README.md", FIXTURES / "reports_cp1252.csv", FIXTURES / "reports.jsonl",
              FIXTURES / "README.md"):
        f.unlink(missing_ok=True)


def truth_rows(acc: str, sop: str, lesions: list[Lesion]) -> list[list]:
    kinds = {les.kind for les in lesions}
    return [[acc, sop, k, int(k in kinds)] for k in ("nodule", "pneumothorax", "consolidation")]


def generate_studies() -> tuple[list[Written], list[list], list[dict]]:
    written: list[Written] = []
    truth: list[list] = []
    table: list[dict] = []
    root = SAMPLES / "studies"
    for study in STUDIES:
        images_by_series: dict[int, Written] = {}
        for idx, img in enumerate(study.images, start=1):
            if img.kind == "kos":
                continue
            series_no, inst_no = idx, 1
            sop = make_uid(f"{study.acc}/sop/{series_no}/{inst_no}")
            out = root / img.path.format(sop=sop)
            w = write_image(study, img, series_no, inst_no, out)
            images_by_series[series_no] = w
            written.append(w)
            if img.kind in ("chest", "lateral", "knee", "ct"):
                truth += truth_rows(study.acc, w.sop_uid, img.lesions)
            table.append(dict(study=study, img=img, w=w))
        for img in study.images:
            if img.kind == "kos":
                ref_series = min(images_by_series)
                w = write_kos(study, img, images_by_series[ref_series], ref_series, root / img.path)
                written.append(w)
                table.append(dict(study=study, img=img, w=w))
    # A non-DICOM file inside the tree.
    (root / "2024-03-02" / "notes.txt").write_text(
        "Exportnotities (synthetisch): map bevat testonderzoeken voor dubbelcheck.\n"
        "Dit bestand is geen DICOM en moet worden overgeslagen.\n",
        encoding="utf-8",
    )
    return written, truth, table


def generate_pngs() -> list[list]:
    truth = []
    (SAMPLES / "images").mkdir(parents=True, exist_ok=True)
    rows = [["file", "accession_number", "view_position"]]
    for p in PNGS:
        img12 = chest_frontal(p["seed"], p["lesions"], p["view"])
        c, w = auto_window(img12)
        Image.fromarray(to_8bit(img12, c, w), "L").save(SAMPLES / p["file"], "PNG")
        rows.append([p["file"], p["acc"], p["view"]])
        truth += truth_rows(p["acc"], "", p["lesions"])
    with open(SAMPLES / "images_manifest.csv", "w", newline="", encoding="utf-8") as fh:
        csv.writer(fh, lineterminator="\n").writerows(rows)
    return truth


def generate_reports() -> None:
    rows = []
    for study in STUDIES:
        if study.report is None:
            continue
        date = f"{study.date[:4]}-{study.date[4:6]}-{study.date[6:]}"
        rows.append([study.acc, make_uid(f"{study.acc}/study"), date, study.report])
    for p in PNGS:
        rows.append([p["acc"], "", "2024-03-05", p["report"]])
    rows.append([ORPHAN_REPORT["acc"], "", ORPHAN_REPORT["date"], ORPHAN_REPORT["report"]])
    with open(SAMPLES / "reports.csv", "w", newline="", encoding="utf-8") as fh:
        wr = csv.writer(fh, lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
        wr.writerow(["accession_number", "study_instance_uid", "report_date", "report_text"])
        wr.writerows(rows)


def generate_fixture_reports() -> None:
    FIXTURES.mkdir(parents=True, exist_ok=True)
    # Windows-1252, CRLF line endings (as exported by a Windows tool).
    with open(FIXTURES / "reports_cp1252.csv", "w", newline="", encoding="cp1252") as fh:
        wr = csv.writer(fh, lineterminator="\r\n")
        wr.writerow(["accession_number", "study_instance_uid", "report_date", "report_text"])
        for acc, date, text in FIXTURE_REPORTS:
            wr.writerow([acc, make_uid(f"{acc}/study"), date, text])
    with open(FIXTURES / "reports.jsonl", "w", encoding="utf-8", newline="\n") as fh:
        for acc, date, text in FIXTURE_REPORTS:
            fh.write(json.dumps({"accession_number": acc, "report_text": text,
                                 "study_instance_uid": str(make_uid(f"{acc}/study")),
                                 "report_date": date}, ensure_ascii=False) + "\n")


INV_STUDY = Study(
    acc="INV0001", date="20240401", time="120000", patient="INV", hosp=HOSP_NOORD, modality="DX",
    description="Invariantietest", charset="ISO_IR 100", images=[], report=None, report_summary="", purpose="",
)
INV_LESIONS = [Lesion("nodule", "R", 0.32, 0.40, 18)]
INV_FILES = [
    ("inv_explicit_le.dcm", ExplicitVRLittleEndian, "MONOCHROME2"),
    ("inv_implicit_le.dcm", ImplicitVRLittleEndian, "MONOCHROME2"),
    ("inv_rle.dcm", RLELossless, "MONOCHROME2"),
    ("inv_jpeg_lossless_sv1.dcm", JPEGLosslessSV1, "MONOCHROME2"),
    ("inv_jpegls_lossless.dcm", JPEGLSLossless, "MONOCHROME2"),
    ("inv_j2k_lossless.dcm", JPEG2000Lossless, "MONOCHROME2"),
    ("inv_monochrome1_explicit_le.dcm", ExplicitVRLittleEndian, "MONOCHROME1"),
]


def generate_invariance() -> list[Written]:
    """One phantom, seven encodings; all decode to the same (or inverted) array."""
    d = FIXTURES / "invariance"
    written = []
    for i, (name, ts, photometric) in enumerate(INV_FILES, start=1):
        img = ImageSpec(name, ts, "PA", lesions=INV_LESIONS, photometric=photometric, seed=9001)
        w = write_image(INV_STUDY, img, 1, i, d / name)
        written.append(w)
    base = written[0].expected
    c, w_ = auto_window(base)
    expected = {
        "accession_number": "INV0001",
        "rows": int(base.shape[0]), "columns": int(base.shape[1]),
        "bits_stored": 12,
        "window_center": c, "window_width": w_,
        "lesions": [les.describe() for les in INV_LESIONS],
        "sha256_stored_u16le": hashlib.sha256(base.astype("<u2").tobytes()).hexdigest(),
        "sha256_monochrome1_stored_u16le": hashlib.sha256((MAXV - base).astype("<u2").tobytes()).hexdigest(),
        "note": "sha256 of the decoded stored values as little-endian u16, row-major. Every "
                "MONOCHROME2 file decodes to sha256_stored_u16le; the MONOCHROME1 file stores "
                "4095 - v (sha256_monochrome1_stored_u16le) with WindowCenter mirrored (4095 - c).",
        "files": {w.path.name: {"transfer_syntax": str(w.ts), "photometric": w.photometric,
                                "sop_instance_uid": w.sop_uid} for w in written},
    }
    (d / "expected.json").write_text(json.dumps(expected, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return written


def generate_bad() -> list[str]:
    d = FIXTURES / "bad"
    d.mkdir(parents=True, exist_ok=True)
    study = Study(acc="BAD0001", date="20240402", time="090000", patient="P09", hosp=HOSP_ZUID,
                  modality="DX", description="X-thorax", charset="ISO_IR 100", images=[],
                  report=None, report_summary="", purpose="")
    # a small valid image to cut up
    n = 64
    rng = np.random.default_rng(42)
    small = rng.integers(0, MAXV, (n, n)).astype(np.uint16)
    ds = base_dataset(study, ImageSpec("", ExplicitVRLittleEndian), 1, 1, DX_FOR_PRESENTATION)
    ds.BodyPartExamined, ds.ViewPosition = "CHEST", "PA"
    ds.SamplesPerPixel, ds.PhotometricInterpretation = 1, "MONOCHROME2"
    ds.Rows = ds.Columns = n
    ds.BitsAllocated, ds.BitsStored, ds.HighBit, ds.PixelRepresentation = 16, 12, 11, 0
    ds.add_new(0x7FE00010, "OW", small.tobytes())
    add_file_meta(ds, ExplicitVRLittleEndian)
    buf = io.BytesIO()
    pydicom.dcmwrite(buf, ds, enforce_file_format=True)
    full = buf.getvalue()
    # 1. truncated inside the header: the file meta is complete, the dataset
    #    stops 150 bytes in (in the middle of the patient/study attributes)
    meta_end = 132 + 12 + int.from_bytes(full[140:144], "little")
    (d / "truncated_header.dcm").write_bytes(full[: meta_end + 150])
    # 2. preamble + DICM magic followed by garbage
    (d / "preamble_garbage.dcm").write_bytes(b"\0" * 128 + b"DICM" + np.random.default_rng(7).bytes(400))
    # 3. zero bytes
    (d / "empty.dcm").write_bytes(b"")
    # 4. a text file with a .dcm name
    (d / "x.dcm").write_text("Dit is geen DICOM-bestand, alleen tekst.\n", encoding="utf-8")
    # 5. Rows/Columns say 64x64 but PixelData holds only 60 rows
    ds.SOPInstanceUID = make_uid("BAD0001/sop/mismatch")
    ds.file_meta.MediaStorageSOPInstanceUID = ds.SOPInstanceUID
    ds.add_new(0x7FE00010, "OW", small[:60].tobytes())
    pydicom.dcmwrite(d / "pixel_length_mismatch.dcm", ds, enforce_file_format=True)
    return sorted(p.name for p in d.iterdir())


# --------------------------------------------------------------------------
# Verification
# --------------------------------------------------------------------------


def decode_all_plugins(path: Path) -> dict[str, np.ndarray]:
    """Decode with every available pydicom plugin for the file's syntax."""
    ds = pydicom.dcmread(path)
    ts = ds.file_meta.TransferSyntaxUID
    results = {}
    if not ts.is_compressed:
        results["native"] = ds.pixel_array
        return results
    from pydicom.pixels import get_decoder

    for plugin in get_decoder(ts).available_plugins:
        ds = pydicom.dcmread(path)
        ds.pixel_array_options(decoding_plugin=plugin)
        results[plugin] = ds.pixel_array
    # Independent decoders from imagecodecs on the raw codestream (CharLS is
    # the same library the Rust side links; ljpeg/jpegsof3 are separate
    # lossless-JPEG implementations from libjpeg-turbo).
    frame = next(generate_frames(ds.PixelData, number_of_frames=1))
    extra = {
        JPEGLosslessSV1: ("jpeg8_decode", "ljpeg_decode", "jpegsof3_decode"),
        JPEGLSLossless: ("jpegls_decode",),
        JPEG2000Lossless: ("jpeg2k_decode",),
    }.get(ts, ())
    for name in extra:
        results["imagecodecs." + name] = getattr(imagecodecs, name)(frame)
    return results


def verify(written: list[Written]) -> list[str]:
    lines = []
    for w in written:
        rel = w.path.relative_to(REPO)
        if w.corrupt:
            try:
                ds = pydicom.dcmread(w.path)
                _ = ds.pixel_array
                raise AssertionError(f"{rel} should not decode")
            except AssertionError:
                raise
            except Exception as exc:  # expected
                lines.append(f"  {rel}: corrupt as intended ({type(exc).__name__}: {str(exc)[:70]})")
            continue
        ds = pydicom.dcmread(w.path)
        assert ds.file_meta.TransferSyntaxUID == w.ts, rel
        if "PixelData" not in ds:
            lines.append(f"  {rel}: no pixel data ({ds.SOPClassUID.name})")
            continue
        decoded = decode_all_plugins(w.path)
        for plugin, arr in decoded.items():
            if w.expected is not None:
                assert arr.shape == w.expected.shape and np.array_equal(arr, w.expected), f"{rel} via {plugin}"
            else:
                diff = np.abs(arr.astype(int) - w.approx.astype(int))
                assert diff.mean() < 2 and diff.max() < 40, f"{rel} lossy error too large via {plugin}"
        kind = "identical" if w.expected is not None else "lossy ok"
        lines.append(f"  {rel}: {kind} via {', '.join(decoded)}")
    return lines


def verify_invariance(written: list[Written]) -> list[str]:
    base = written[0].expected
    lines = []
    for w in written:
        for plugin, arr in decode_all_plugins(w.path).items():
            if w.photometric == "MONOCHROME1":
                assert np.array_equal(MAXV - arr.astype(np.int32), base), w.path
            else:
                assert np.array_equal(arr, base), (w.path, plugin)
        ds = pydicom.dcmread(w.path)
        assert ds.AccessionNumber == "INV0001"
        lines.append(f"  {w.path.name:34s} {w.ts.name[:44]:44s} {w.photometric}  WC={ds.WindowCenter} "
                     f"WW={ds.WindowWidth}  {w.size:7d} B")
    assert len({w.sop_uid for w in written}) == len(written)
    return lines


def verify_bad() -> list[str]:
    lines = []
    for p in sorted((FIXTURES / "bad").iterdir()):
        try:
            ds = pydicom.dcmread(p)
            ds.pixel_array
            outcome = "DECODED (unexpected)"
        except Exception as exc:
            outcome = f"fails: {type(exc).__name__}: {str(exc).splitlines()[0][:80]}"
        assert not outcome.startswith("DECODED"), p
        lines.append(f"  {p.name}: {outcome}")
    return lines


# --------------------------------------------------------------------------
# README
# --------------------------------------------------------------------------


def write_readme(table: list[dict]) -> None:
    ts_short = {
        ExplicitVRLittleEndian: "Explicit VR LE", ImplicitVRLittleEndian: "Implicit VR LE",
        RLELossless: "RLE Lossless", JPEGBaseline8Bit: "JPEG Baseline 8-bit (lossy)",
        JPEGLosslessSV1: "JPEG Lossless SV1", JPEGLSLossless: "JPEG-LS Lossless",
        JPEG2000Lossless: "JPEG 2000 Lossless",
    }
    out = [
        "# Synthetic samples",
        "",
        "Generated by `samples/generate.py` (deterministic; deps pinned in `samples/requirements.txt`).",
        "**Everything here is synthetic**: the radiographs are geometric phantoms drawn by the script",
        "(body outline, lung fields, heart, mediastinum, spine, ribs, clavicles, diaphragm, lung markings,",
        "noise), names/IDs/UIDs/dates are invented, the Dutch reports are hand-written examples.",
        "",
        "Regenerate:",
        "",
        "```sh",
        "python3.11 -m venv /tmp/dcvenv && /tmp/dcvenv/bin/pip install -r samples/requirements.txt",
        "/tmp/dcvenv/bin/python samples/generate.py",
        "```",
        "",
        "Conventions: chest phantoms are 512x512, 0.8 mm pixels, 12 bits stored in 16 allocated,",
        "patient right on the image left. `phantom_truth.csv` lists, per image, whether a nodule,",
        "pneumothorax or consolidation was drawn (1/0). UIDs are `2.25.<sha256-derived int>`.",
        "Two synthetic hospitals: *Synthetisch Ziekenhuis Noord* and *Proefkliniek Zuid*.",
        "",
        "## Files",
        "",
        "- `studies/` — DICOM studies in nested folders (`<date>/<accession>/...`); some files have no",
        "  extension, one has `.DCM`, one is named after its SOP Instance UID; `studies/2024-03-02/notes.txt`",
        "  is a non-DICOM file that must be skipped.",
        "- `images/` + `images_manifest.csv` — two 8-bit PNG phantoms; `file` is relative to the manifest.",
        "- `reports.csv` — UTF-8, comma-separated, multi-line texts quoted; columns",
        "  `accession_number,study_instance_uid,report_date,report_text`.",
        "- `phantom_truth.csv` — `accession_number,sop_instance_uid,finding,drawn` (sop empty for PNGs).",
        "- `truth_scores.csv` — the same truth as AI scores (0.9 drawn, 0.1 not, threshold 0.5) for",
        "  `dubbelcheck audit --ai-scores samples/truth_scores.csv`: it flags exactly the seeded discrepancies.",
        "",
        "## Studies",
        "",
        "| Accession | File(s) | Transfer syntax | Photometric | View | Lesions drawn | Report says | Exercises |",
        "| --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    by_acc: dict[str, list[dict]] = {}
    for row in table:
        by_acc.setdefault(row["study"].acc, []).append(row)
    for study in STUDIES:
        rows = by_acc[study.acc]
        files = "<br>".join(f"`{r['w'].path.relative_to(SAMPLES)}`" for r in rows)
        tss = "<br>".join(ts_short[r["w"].ts] if r["img"].kind != "kos" else "Explicit VR LE (KOS, no pixels)"
                          for r in rows)
        phot = "<br>".join(r["w"].photometric for r in rows)
        views = "<br>".join((r["img"].view or "-") + (f" ({r['img'].note})" if r["img"].note else "") for r in rows)
        les = "<br>".join("; ".join(les.describe() for les in r["img"].lesions) or "none" for r in rows)
        out.append(f"| {study.acc} | {files} | {tss} | {phot} | {views} | {les} | {study.report_summary} | {study.purpose} |")
    for p in PNGS:
        les = "; ".join(x.describe() for x in p["lesions"]) or "none"
        out.append(f"| {p['acc']} | `{p['file']}` | PNG 8-bit | (grey) | {p['view']} | {les} | "
                   f"{p['report_summary']} | {p['purpose']} |")
    out.append(f"| {ORPHAN_REPORT['acc']} | — | — | — | — | — | {ORPHAN_REPORT['summary']} | {ORPHAN_REPORT['purpose']} |")
    out += [
        "",
        "Patients: `SYN0001`–`SYN0010`; names such as `Proef^Patiënt 01` are written with",
        "SpecificCharacterSet `ISO_IR 100` (Latin-1) or `ISO_IR 192` (UTF-8), see the studies above",
        "(DC24000103, DC24000107 and DC24000112 use ISO_IR 192).",
        "",
        "## Expected audit outcome (summary)",
        "",
        "- Missed findings (image positive, report negative/silent): DC24000101 (nodule),",
        "  DC24000106 (pneumothorax, explicit negation), DC24000108 (nodule; consolidation is reported),",
        "  DC24000113 (PNG, pneumothorax).",
        "- Report-only finding (report positive, image clean): DC24000102 (nodule).",
        "- Hedged report: DC24000104 (consolidation drawn; report says *mogelijk*, DD atelectase).",
        "- Concordant: DC24000103 (pneumothorax), DC24000105 (nodule, MONOCHROME1), DC24000107 (normal),",
        "  DC24000114 (PNG, normal).",
        "- Not auditable / skipped: DC24000109 (truncated pixel data), DC24000110 (CT),",
        "  DC24000111 (knee), KOS object in DC24000107, `notes.txt`.",
        "- Unpaired: DC24000112 (image without report), DC24000199 (report without image).",
        "",
    ]
    (SAMPLES / "README.md").write_text("\n".join(out), encoding="utf-8")


def write_fixtures_readme(bad: list[str]) -> None:
    text = f"""# Test fixtures

Generated by `samples/generate.py` (see `samples/README.md`); all content is synthetic.

- `reports_cp1252.csv` — {len(FIXTURE_REPORTS)} reports, **Windows-1252** encoded, CRLF record ends
  (line breaks inside the quoted report texts are LF, so the texts equal those in `reports.jsonl`),
  comma-separated, same columns as `samples/reports.csv`. Besides Dutch diacritics (één, geïnfiltreerd,
  coëxistent, reëel, patiënte, naïeve) it contains characters that differ between Windows-1252 and
  ISO-8859-1 (en dash `–` 0x96, ellipsis `…` 0x85, quotes `„` 0x84 / `”` 0x94), so a decoder that
  falls back to Latin-1 instead of Windows-1252 shows up in tests. Invalid as UTF-8.
- `reports.jsonl` — the same reports as JSON lines (UTF-8; keys `accession_number`, `report_text`,
  `study_instance_uid`, `report_date`); records identical to the CSV once decoded.
- `invariance/` — one 512x512 12-bit phantom with an 18 mm right-sided nodule, accession `INV0001`,
  written as Explicit VR LE, Implicit VR LE, RLE Lossless, JPEG Lossless SV1, JPEG-LS Lossless,
  JPEG 2000 Lossless, and a MONOCHROME1 Explicit VR LE copy (stored 4095 - v, WindowCenter 4095 - c,
  same width). Each file has its own SOP Instance UID. `expected.json` holds the SHA-256 of the
  decoded stored values; the generator asserts that every lossless file decodes identically with
  every available pydicom decoder plugin. A classifier score should be identical across all seven.
- `bad/` — inputs that must produce an error, not a crash: {", ".join(f"`{b}`" for b in bad)}
  (`truncated_header.dcm`: complete file meta, then cut 150 bytes into the dataset; `preamble_garbage.dcm`: 128-byte
  preamble + `DICM` + random bytes; `empty.dcm`: 0 bytes; `x.dcm`: a text file;
  `pixel_length_mismatch.dcm`: Rows=Columns=64 but PixelData holds 60 rows).
"""
    (FIXTURES / "README.md").write_text(text, encoding="utf-8")


def folder_size(p: Path) -> int:
    return sum(f.stat().st_size for f in p.rglob("*") if f.is_file())


def main() -> int:
    clean_outputs()
    written, truth, table = generate_studies()
    truth += generate_pngs()
    with open(SAMPLES / "phantom_truth.csv", "w", newline="", encoding="utf-8") as fh:
        wr = csv.writer(fh, lineterminator="\n")
        wr.writerow(["accession_number", "sop_instance_uid", "finding", "drawn"])
        wr.writerows(truth)
    # The phantoms' ground truth as an "AI": 0.9 where a lesion was drawn, else 0.1, threshold
    # 0.5. `dubbelcheck audit --ai-scores samples/truth_scores.csv` then shows exactly the
    # seeded discrepancies (image-level rows for DICOM, study-level rows for the PNGs).
    with open(SAMPLES / "truth_scores.csv", "w", newline="", encoding="utf-8") as fh:
        wr = csv.writer(fh, lineterminator="\n")
        wr.writerow(["sop_instance_uid", "accession_number", "finding", "score", "threshold"])
        wr.writerows([sop, acc, kind, "0.9" if drawn else "0.1", "0.5"] for acc, sop, kind, drawn in truth)
    generate_reports()
    generate_fixture_reports()
    inv = generate_invariance()
    bad = generate_bad()
    write_readme(table)
    write_fixtures_readme(bad)

    print("Samples (decoded with every available pydicom plugin):")
    print("\n".join(verify(written)))
    print("Invariance set (all lossless decodes identical to the original):")
    print("\n".join(verify_invariance(inv)))
    print("Bad fixtures:")
    print("\n".join(verify_bad()))
    # The fixture reports must round-trip through their encodings.
    raw = (FIXTURES / "reports_cp1252.csv").read_bytes()
    try:
        raw.decode("utf-8")
        raise AssertionError("cp1252 fixture unexpectedly valid UTF-8")
    except UnicodeDecodeError:
        pass
    assert "geïnfiltreerd" in raw.decode("cp1252")
    with open(SAMPLES / "reports.csv", newline="", encoding="utf-8") as fh:
        n_reports = sum(1 for _ in csv.DictReader(fh))
    print(f"reports.csv: {n_reports} reports; phantom_truth.csv: {len(truth)} rows")
    print(f"samples/ total: {folder_size(SAMPLES) / 1e6:.2f} MB; "
          f"tests/fixtures/ total: {folder_size(FIXTURES) / 1e6:.2f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
