//! DICOM radiographs: a header-only pass, then pixel decoding to display grey.
//!
//! The header pass stops before Pixel Data so that a folder of thousands of studies costs a few
//! kilobytes each. Decoding happens later, per image: dicom-pixeldata decodes every supported
//! transfer syntax (native, RLE, JPEG baseline/lossless, JPEG-LS, JPEG 2000) and applies the
//! Modality LUT; windowing and MONOCHROME1 inversion are ours, as the model card pipeline says
//! (docs/model-card.md).

use std::fs::File;
use std::io::{BufReader, Read, Seek, SeekFrom};
use std::path::Path;

use dicom_core::Tag;
use dicom_dictionary_std::tags;
use dicom_object::{FileDicomObject, InMemDicomObject, OpenFileOptions, meta::FileMetaTableBuilder};
use dicom_pixeldata::PixelDecoder;

use super::{FileKind, GreyImage, IngestError};
use crate::classifier::card::WindowMode;
use crate::records::ImageMeta;

type DicomObject = FileDicomObject<InMemDicomObject>;

const IMPLICIT_VR_LE: &str = "1.2.840.10008.1.2";

/// Reads the header of a DICOM file (or meta-less data set) without its pixel data.
pub fn read_header(path: &Path, kind: FileKind) -> Result<ImageMeta, IngestError> {
    let obj = open(path, kind, true)?;
    let text = |tag: Tag| -> String {
        obj.element_opt(tag)
            .ok()
            .flatten()
            .and_then(|e| e.to_str().ok().map(|s| s.trim().trim_end_matches('\0').trim().to_owned()))
            .unwrap_or_default()
    };
    let bits_stored = obj
        .element_opt(tags::BITS_STORED)
        .ok()
        .flatten()
        .and_then(|e| e.to_int::<u16>().ok())
        .unwrap_or(0);
    let sop_instance_uid = match text(tags::SOP_INSTANCE_UID) {
        s if s.is_empty() => obj.meta().media_storage_sop_instance_uid().trim_end_matches('\0').to_owned(),
        s => s,
    };
    Ok(ImageMeta {
        path: path.to_path_buf(),
        sop_instance_uid,
        study_instance_uid: text(tags::STUDY_INSTANCE_UID),
        series_instance_uid: text(tags::SERIES_INSTANCE_UID),
        accession_number: text(tags::ACCESSION_NUMBER),
        patient_id: text(tags::PATIENT_ID),
        study_date: text(tags::STUDY_DATE),
        modality: text(tags::MODALITY).to_ascii_uppercase(),
        body_part: text(tags::BODY_PART_EXAMINED).to_ascii_uppercase(),
        view_position: text(tags::VIEW_POSITION).to_ascii_uppercase(),
        manufacturer: text(tags::MANUFACTURER),
        institution: text(tags::INSTITUTION_NAME),
        photometric: text(tags::PHOTOMETRIC_INTERPRETATION).to_ascii_uppercase(),
        bits_stored,
        transfer_syntax: obj.meta().transfer_syntax().trim_end_matches('\0').to_owned(),
        raster: false,
    })
    .and_then(|meta| {
        if text(tags::ROWS).is_empty() {
            Err(IngestError::NoPixelData(text(tags::SOP_CLASS_UID)))
        } else {
            Ok(meta)
        }
    })
}

/// Decodes the first frame to display grey in [0, 1] (MONOCHROME2 sense).
pub fn decode_grey(path: &Path, window: WindowMode) -> Result<GreyImage, IngestError> {
    let kind = super::sniff(path)?;
    // The header was readable in the header pass, so a failure now lies in the pixel data.
    let obj = open(path, kind, false).map_err(|e| match e {
        IngestError::Header(reason) => IngestError::CorruptPixelData(reason),
        other => other,
    })?;
    let ts = obj.meta().transfer_syntax().trim_end_matches('\0').to_owned();
    let decode_err = |reason: String| IngestError::Decode { transfer_syntax: ts.clone(), reason };
    if obj.element_opt(tags::PIXEL_DATA).ok().flatten().is_none() {
        let sop_class = obj
            .element_opt(tags::SOP_CLASS_UID)
            .ok()
            .flatten()
            .and_then(|e| e.to_str().ok().map(|s| s.trim_end_matches('\0').to_owned()))
            .unwrap_or_default();
        return Err(IngestError::NoPixelData(sop_class));
    }
    let decoded = obj.decode_pixel_data_frame(0).map_err(|e| decode_err(e.to_string()))?;
    if decoded.samples_per_pixel() != 1 {
        return Err(IngestError::Unsupported(format!(
            "{} samples per pixel ({}); chest radiographs are expected to be greyscale",
            decoded.samples_per_pixel(),
            decoded.photometric_interpretation()
        )));
    }
    let (width, height) = (decoded.columns() as usize, decoded.rows() as usize);
    // Modality LUT (Rescale Slope/Intercept) applied, no VOI: we window ourselves below.
    let values: Vec<f64> = decoded.to_vec_frame(0).map_err(|e| decode_err(e.to_string()))?;
    if values.len() != width * height {
        return Err(decode_err(format!(
            "decoded {} values for a {width}x{height} image",
            values.len()
        )));
    }
    let file_window = match window {
        WindowMode::Dicom => first_window(&obj),
        WindowMode::MinMax => None,
    };
    let (lo, hi) = match file_window {
        Some((center, width)) => (center - width / 2.0, center + width / 2.0),
        None => min_max(&values).ok_or_else(|| decode_err("image has no pixels".into()))?,
    };
    let monochrome1 = decoded.photometric_interpretation().as_str().trim() == "MONOCHROME1";
    let data = values.iter().map(|&v| display_grey(v, lo, hi, monochrome1)).collect();
    Ok(GreyImage { width, height, data })
}

/// Linear VOI window to [0, 1], inverted for MONOCHROME1.
///
/// Computed in f64 so that a MONOCHROME1 copy with mirrored values and window gives the same f32.
fn display_grey(v: f64, lo: f64, hi: f64, monochrome1: bool) -> f32 {
    let y = if hi > lo { ((v - lo) / (hi - lo)).clamp(0.0, 1.0) } else { 0.5 };
    (if monochrome1 { 1.0 - y } else { y }) as f32
}

fn min_max(values: &[f64]) -> Option<(f64, f64)> {
    let mut it = values.iter().copied();
    let first = it.next()?;
    Some(it.fold((first, first), |(lo, hi), v| (lo.min(v), hi.max(v))))
}

/// First Window Center / Window Width pair of the file, when both are present and usable.
fn first_window(obj: &DicomObject) -> Option<(f64, f64)> {
    let first = |tag| {
        obj.element_opt(tag).ok().flatten().and_then(|e| e.to_multi_float64().ok()).and_then(|v| v.first().copied())
    };
    match (first(tags::WINDOW_CENTER), first(tags::WINDOW_WIDTH)) {
        (Some(c), Some(w)) if w >= 1.0 && c.is_finite() && w.is_finite() => Some((c, w)),
        _ => None,
    }
}

fn open(path: &Path, kind: FileKind, header_only: bool) -> Result<DicomObject, IngestError> {
    let header_err = |e: &dyn std::fmt::Display| IngestError::Header(e.to_string());
    match kind {
        FileKind::DicomFile => {
            let mut options = OpenFileOptions::new();
            if header_only {
                options = options.read_until(tags::PIXEL_DATA);
            }
            options.open_file(path).map_err(|e| header_err(&error_chain(&e)))
        }
        FileKind::DicomDataset => {
            // No file meta: the data set is implicit VR little endian by definition (PS3.10 7.1).
            let mut file = BufReader::new(File::open(path)?);
            file.seek(SeekFrom::Start(0))?;
            let mut bytes = Vec::new();
            file.read_to_end(&mut bytes)?;
            let ts = dicom_transfer_syntax_registry::default();
            let obj = InMemDicomObject::read_dataset_with_ts(&bytes[..], &ts.erased())
                .map_err(|e| header_err(&error_chain(&e)))?;
            let uid = |tag| {
                obj.element_opt(tag)
                    .ok()
                    .flatten()
                    .and_then(|e| e.to_str().ok().map(|s| s.trim_end_matches('\0').to_owned()))
                    .unwrap_or_default()
            };
            let meta = FileMetaTableBuilder::new()
                .transfer_syntax(IMPLICIT_VR_LE)
                .media_storage_sop_class_uid(uid(tags::SOP_CLASS_UID))
                .media_storage_sop_instance_uid(uid(tags::SOP_INSTANCE_UID));
            obj.with_meta(meta).map_err(|e| header_err(&error_chain(&e)))
        }
        FileKind::Raster | FileKind::Other => Err(IngestError::NotDicom),
    }
}

/// Joins an error with its sources: dicom-rs errors put the useful part in the cause.
fn error_chain(e: &dyn std::error::Error) -> String {
    let mut msg = e.to_string();
    let mut source = e.source();
    while let Some(s) = source {
        let part = s.to_string();
        if !msg.contains(&part) {
            msg.push_str(": ");
            msg.push_str(&part);
        }
        source = s.source();
    }
    msg
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn monochrome1_mirror_gives_identical_grey() {
        // v' = 4095 - v with the window mirrored must land on exactly the same f32.
        for v in [0.0, 1.0, 100.0, 2047.0, 2048.5, 3000.0, 4095.0] {
            let (c, w) = (1800.0, 2500.0);
            let a = display_grey(v, c - w / 2.0, c + w / 2.0, false);
            let c2 = 4095.0 - c;
            let b = display_grey(4095.0 - v, c2 - w / 2.0, c2 + w / 2.0, true);
            assert!((a - b).abs() <= f32::EPSILON, "{v}: {a} vs {b}");
        }
    }
}
