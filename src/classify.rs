//! `dubbelcheck classify`: the image classifier on its own, one row per image and finding.

use std::path::{Path, PathBuf};

use rayon::prelude::*;

use crate::classifier::ImageModel;
use crate::finding::Finding;
use crate::ingest::{self, FileKind};
use crate::output;
use crate::records::{ItemError, ScoreRow};

/// Expands folders (recursively) and keeps files in the order given.
pub fn expand_inputs(inputs: &[PathBuf]) -> anyhow::Result<Vec<PathBuf>> {
    let mut files = Vec::new();
    for input in inputs {
        if input.is_dir() {
            files.extend(ingest::walk_files(input)?);
        } else if input.is_file() {
            files.push(input.clone());
        } else {
            anyhow::bail!("{} does not exist", input.display());
        }
    }
    Ok(files)
}

/// Scores every image; returns the rows written and the files that could not be scored.
pub fn run_classify(model: &ImageModel, inputs: &[PathBuf], out: &Path) -> anyhow::Result<Vec<ItemError>> {
    let files = expand_inputs(inputs)?;
    let results: Vec<Result<Vec<ScoreRow>, ItemError>> = files.par_iter().map(|p| classify_file(model, p)).collect();
    let mut rows = Vec::new();
    let mut errors = Vec::new();
    for r in results {
        match r {
            Ok(r) => rows.extend(r),
            Err(e) => errors.push(e),
        }
    }
    output::write_frame(&mut ScoreRow::to_frame(&rows)?, out)?;
    Ok(errors)
}

fn classify_file(model: &ImageModel, path: &Path) -> Result<Vec<ScoreRow>, ItemError> {
    let item = || path.display().to_string();
    let err = |stage: &str, e: &dyn std::fmt::Display| ItemError::new(item(), stage, e.to_string());
    let kind = ingest::sniff(path).map_err(|e| err("ingest", &e))?;
    let (id, grey) = match kind {
        FileKind::DicomFile | FileKind::DicomDataset => {
            let meta = ingest::dicom::read_header(path, kind).map_err(|e| err("ingest", &e))?;
            let grey = ingest::dicom::decode_grey(path, model.card.input.window).map_err(|e| err("ingest", &e))?;
            (meta.sop_instance_uid, grey)
        }
        FileKind::Raster => {
            let grey = ingest::raster::decode_grey(path).map_err(|e| err("ingest", &e))?;
            (path.file_name().and_then(|n| n.to_str()).unwrap_or_default().to_owned(), grey)
        }
        FileKind::Other => return Err(err("ingest", &ingest::IngestError::NotDicom)),
    };
    let probs = model.score(&grey).map_err(|e| err("classify", &e))?;
    Ok(Finding::ALL
        .iter()
        .filter_map(|&f| {
            let (score, threshold) = (probs[f.index()]?, model.threshold(f)?);
            Some(ScoreRow {
                sop_instance_uid: id.clone(),
                path: item(),
                finding: f,
                score,
                threshold,
                positive: score >= threshold,
            })
        })
        .collect())
}
