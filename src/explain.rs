//! Explanations for flagged studies: the image as PNG for the review page, and an occlusion
//! sensitivity heatmap per flagged finding (needs no gradients, so it works for any ONNX model).
//!
//! Runs only for flagged studies, after compare: the cost of explaining stays proportional to
//! what reviewers will look at.

use std::path::Path;

use image::{GrayImage, RgbImage};

use crate::classifier::ImageModel;
use crate::classifier::preprocess::{adaptive_avg_pool, preprocess};
use crate::finding::Finding;
use crate::ingest::GreyImage;

/// Long side of the full-size review image (pixels).
pub const FULL_SIZE: usize = 1024;
/// Long side of the thumbnail (pixels).
pub const THUMB_SIZE: usize = 256;
/// Occlusion grid: the model input is covered by GRID x GRID patches, one at a time.
pub const GRID: usize = 8;

/// Downscales (area) so the long side is at most `max`, keeping the aspect ratio.
pub fn fit(img: &GreyImage, max: usize) -> GreyImage {
    let long = img.width.max(img.height);
    if long <= max {
        return img.clone();
    }
    let (w, h) = ((img.width * max).div_ceil(long).max(1), (img.height * max).div_ceil(long).max(1));
    adaptive_avg_pool(img, h, w)
}

pub fn to_gray8(img: &GreyImage) -> GrayImage {
    let data = img.data.iter().map(|&v| (v.clamp(0.0, 1.0) * 255.0).round() as u8).collect();
    GrayImage::from_raw(img.width as u32, img.height as u32, data).expect("sizes match")
}

/// Writes a PNG through a temporary file (see `output::atomic_write`).
pub fn write_png(path: &Path, encode: impl FnOnce(&mut Vec<u8>) -> image::ImageResult<()>) -> anyhow::Result<()> {
    let mut bytes = Vec::new();
    encode(&mut bytes)?;
    crate::output::atomic_write(path, |f| {
        use std::io::Write;
        f.write_all(&bytes)?;
        Ok(())
    })
}

pub fn save_gray(img: &GreyImage, path: &Path) -> anyhow::Result<()> {
    let g = to_gray8(img);
    write_png(path, |buf| g.write_to(&mut std::io::Cursor::new(buf), image::ImageFormat::Png))
}

/// Occlusion sensitivity: how much the finding's probability drops when each patch of the model
/// input is replaced by the input's mean. Returns GRID x GRID drops (>= 0), row-major.
pub fn occlusion(model: &ImageModel, img: &GreyImage, finding: Finding) -> anyhow::Result<Vec<f32>> {
    let spec = &model.card.input;
    let base_tensor = preprocess(img, spec);
    let prob = |t: &[f32]| -> anyhow::Result<f32> {
        Ok(model.probabilities(&model.raw_outputs(t)?)[finding.index()].unwrap_or(0.0))
    };
    let base = prob(&base_tensor)?;
    let (h, w, c) = (spec.height, spec.width, spec.channels);
    let plane = h * w;
    let mean = base_tensor[..plane].iter().sum::<f32>() / plane as f32;
    let mut drops = vec![0f32; GRID * GRID];
    for gy in 0..GRID {
        for gx in 0..GRID {
            let (y0, y1) = (gy * h / GRID, (gy + 1) * h / GRID);
            let (x0, x1) = (gx * w / GRID, (gx + 1) * w / GRID);
            let mut t = base_tensor.clone();
            for ch in 0..c {
                for y in y0..y1 {
                    t[ch * plane + y * w + x0..ch * plane + y * w + x1].fill(mean);
                }
            }
            drops[gy * GRID + gx] = (base - prob(&t)?).max(0.0);
        }
    }
    Ok(drops)
}

/// Overlays the occlusion map (red = where the evidence is) on the grey image.
pub fn heatmap_overlay(img: &GreyImage, drops: &[f32]) -> RgbImage {
    let peak = drops.iter().copied().fold(0f32, f32::max).max(1e-6);
    let mut out = RgbImage::new(img.width as u32, img.height as u32);
    for (x, y, px) in out.enumerate_pixels_mut() {
        let (x, y) = (x as usize, y as usize);
        let grey = img.at(x, y).clamp(0.0, 1.0);
        let cell = drops[(y * GRID / img.height).min(GRID - 1) * GRID + (x * GRID / img.width).min(GRID - 1)] / peak;
        let alpha = 0.55 * cell;
        let r = grey * (1.0 - alpha) + alpha;
        let g = grey * (1.0 - alpha);
        px.0 = [(r * 255.0).round() as u8, (g * 255.0).round() as u8, (g * 255.0).round() as u8];
    }
    out
}
