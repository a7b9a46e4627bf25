//! Display grey -> model tensor, exactly as the model card says (docs/model-card.md).
//!
//! Geometry (squash / center crop / letterbox), area resize (adaptive average pooling, as
//! torch's `adaptive_avg_pool2d`), normalisation, channel replication. The reference pair that
//! ships with each card is checked against this code in a test, so it cannot drift from training.

use super::card::{InputSpec, Normalization, Resize, XRV_RANGE};
use crate::ingest::GreyImage;

/// Flattened NCHW tensor (batch 1) for the model.
pub fn preprocess(img: &GreyImage, spec: &InputSpec) -> Vec<f32> {
    let framed = frame(img, spec.resize);
    let pooled = adaptive_avg_pool(&framed, spec.height, spec.width);
    let norm: Box<dyn Fn(f32) -> f32> = match spec.normalization {
        Normalization::MeanStd => {
            let (m, s) = (spec.mean.unwrap_or(0.0), spec.std.unwrap_or(1.0));
            Box::new(move |y| (y - m) / s)
        }
        Normalization::Xrv => Box::new(|y| y * 2.0 * XRV_RANGE - XRV_RANGE),
    };
    let plane: Vec<f32> = pooled.data.iter().map(|&y| norm(y)).collect();
    let mut out = Vec::with_capacity(plane.len() * spec.channels);
    for _ in 0..spec.channels {
        out.extend_from_slice(&plane);
    }
    out
}

/// Applies the card's geometry rule before resizing.
fn frame(img: &GreyImage, resize: Resize) -> std::borrow::Cow<'_, GreyImage> {
    use std::borrow::Cow;
    let (w, h) = (img.width, img.height);
    match resize {
        Resize::Squash => Cow::Borrowed(img),
        Resize::CenterCrop if w == h => Cow::Borrowed(img),
        Resize::CenterCrop => {
            let s = w.min(h);
            let (x0, y0) = ((w - s) / 2, (h - s) / 2);
            let mut data = Vec::with_capacity(s * s);
            for y in y0..y0 + s {
                data.extend_from_slice(&img.data[y * w + x0..y * w + x0 + s]);
            }
            Cow::Owned(GreyImage { width: s, height: s, data })
        }
        Resize::Letterbox if w == h => Cow::Borrowed(img),
        Resize::Letterbox => {
            let s = w.max(h);
            let (x0, y0) = ((s - w) / 2, (s - h) / 2);
            let mut data = vec![0.0; s * s];
            for y in 0..h {
                data[(y + y0) * s + x0..(y + y0) * s + x0 + w].copy_from_slice(&img.data[y * w..(y + 1) * w]);
            }
            Cow::Owned(GreyImage { width: s, height: s, data })
        }
    }
}

/// Bin edges of adaptive average pooling: output cell i covers [floor(i*n/m), ceil((i+1)*n/m)).
fn bins(n_in: usize, n_out: usize) -> Vec<(usize, usize)> {
    (0..n_out).map(|i| ((i * n_in) / n_out, ((i + 1) * n_in).div_ceil(n_out))).collect()
}

/// Area resize, separable: the mean over a rectangle is the mean of its equal-length row means.
pub fn adaptive_avg_pool(img: &GreyImage, height: usize, width: usize) -> GreyImage {
    let (cols, rows) = (bins(img.width, width), bins(img.height, height));
    let mut horizontal = vec![0f32; img.height * width];
    for y in 0..img.height {
        let row = &img.data[y * img.width..(y + 1) * img.width];
        for (x, &(a, b)) in cols.iter().enumerate() {
            let sum: f64 = row[a..b].iter().map(|&v| v as f64).sum();
            horizontal[y * width + x] = (sum / (b - a) as f64) as f32;
        }
    }
    let mut data = vec![0f32; height * width];
    for (y, &(a, b)) in rows.iter().enumerate() {
        for x in 0..width {
            let sum: f64 = (a..b).map(|r| horizontal[r * width + x] as f64).sum();
            data[y * width + x] = (sum / (b - a) as f64) as f32;
        }
    }
    GreyImage { width, height, data }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::classifier::card::{Interpolation, WindowMode};

    fn spec(resize: Resize, h: usize, w: usize) -> InputSpec {
        InputSpec {
            height: h,
            width: w,
            channels: 1,
            resize,
            interpolation: Interpolation::Area,
            window: WindowMode::Dicom,
            normalization: Normalization::MeanStd,
            mean: Some(0.0),
            std: Some(1.0),
            normalization_source: None,
        }
    }

    #[test]
    fn area_pool_matches_hand_computed_bins() {
        // 3 -> 2 columns: bins [0,2) and [1,3), as torch's adaptive_avg_pool2d.
        let img = GreyImage { width: 3, height: 1, data: vec![0.0, 0.3, 0.9] };
        let out = adaptive_avg_pool(&img, 1, 2);
        assert!((out.data[0] - 0.15).abs() < 1e-6 && (out.data[1] - 0.6).abs() < 1e-6, "{:?}", out.data);
    }

    #[test]
    fn letterbox_pads_black_and_center_crop_cuts_sides() {
        let img = GreyImage { width: 4, height: 2, data: vec![1.0; 8] };
        let boxed = preprocess(&img, &spec(Resize::Letterbox, 4, 4));
        assert_eq!(boxed, [0., 0., 0., 0., 1., 1., 1., 1., 1., 1., 1., 1., 0., 0., 0., 0.]);
        let wide = GreyImage { width: 4, height: 2, data: vec![0., 1., 1., 0., 0., 1., 1., 0.] };
        assert_eq!(preprocess(&wide, &spec(Resize::CenterCrop, 1, 1)), [1.0]);
        assert_eq!(preprocess(&wide, &spec(Resize::Squash, 1, 1)), [0.5]);
    }
}
