//! PNG/JPEG radiographs: they carry no header, so a manifest CSV names their study.
//!
//! Manifest columns: `file` (relative to the manifest's folder), `accession_number`, and
//! optionally `view_position`, `study_instance_uid`, `study_date`, `institution`.

use std::path::Path;

use super::{GreyImage, IngestError};
use crate::records::{ImageMeta, ItemError};

/// Reads the images manifest; rows that cannot be used become errors.
pub fn read_manifest(manifest: &Path) -> anyhow::Result<(Vec<ImageMeta>, Vec<ItemError>)> {
    let base = manifest.parent().unwrap_or(Path::new("."));
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
        .from_path(manifest)
        .map_err(|e| anyhow::anyhow!("cannot read images manifest {}: {e}", manifest.display()))?;
    let headers = reader.headers()?.clone();
    let col = |name: &str| headers.iter().position(|h| h.trim().eq_ignore_ascii_case(name));
    let (Some(file_col), Some(acc_col)) = (col("file"), col("accession_number")) else {
        anyhow::bail!(
            "images manifest {} needs the columns file and accession_number (found: {})",
            manifest.display(),
            headers.iter().collect::<Vec<_>>().join(", ")
        );
    };
    let optional = [col("view_position"), col("study_instance_uid"), col("study_date"), col("institution")];
    let mut images = Vec::new();
    let mut errors = Vec::new();
    for (i, row) in reader.records().enumerate() {
        let line = i + 2;
        let where_ = format!("{} line {line}", manifest.display());
        let row = match row {
            Ok(r) => r,
            Err(e) => {
                errors.push(ItemError::new(where_, "ingest", format!("unreadable manifest row: {e}")));
                continue;
            }
        };
        let get = |c: Option<usize>| c.and_then(|c| row.get(c)).unwrap_or("").trim().to_owned();
        let file = get(Some(file_col));
        let accession = get(Some(acc_col));
        if file.is_empty() || accession.is_empty() {
            errors.push(ItemError::new(where_, "ingest", "manifest row without file or accession_number"));
            continue;
        }
        let path = base.join(&file);
        if !path.is_file() {
            errors.push(ItemError::new(path.display().to_string(), "ingest", "file named in the images manifest does not exist"));
            continue;
        }
        images.push(ImageMeta {
            sop_instance_uid: file.clone(),
            accession_number: accession,
            view_position: get(optional[0]).to_ascii_uppercase(),
            study_instance_uid: get(optional[1]),
            study_date: get(optional[2]),
            institution: get(optional[3]),
            path,
            raster: true,
            ..ImageMeta::default()
        });
    }
    Ok((images, errors))
}

/// Decodes a PNG/JPEG to display grey in [0, 1]: 8-bit / 255, 16-bit / 65535, colour via luma.
pub fn decode_grey(path: &Path) -> Result<GreyImage, IngestError> {
    let img = image::ImageReader::open(path)?
        .with_guessed_format()?
        .decode()
        .map_err(|e| IngestError::Decode { transfer_syntax: "png/jpeg".into(), reason: e.to_string() })?;
    let (width, height) = (img.width() as usize, img.height() as usize);
    let data: Vec<f32> = match img {
        image::DynamicImage::ImageLuma16(_) | image::DynamicImage::ImageLumaA16(_) | image::DynamicImage::ImageRgb16(_) | image::DynamicImage::ImageRgba16(_) => {
            img.to_luma16().into_raw().into_iter().map(|v| v as f32 / 65535.0).collect()
        }
        _ => img.to_luma8().into_raw().into_iter().map(|v| v as f32 / 255.0).collect(),
    };
    Ok(GreyImage { width, height, data })
}
