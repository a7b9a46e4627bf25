//! `dubbelcheck extract`: the report engine on its own, one row per report and finding.

use std::path::Path;

use rayon::prelude::*;

use crate::ingest::reports::read_reports;
use crate::output;
use crate::records::{ExtractRow, ItemError};
use crate::text::TextReader;

/// Reads reports, runs the engine, writes rows; returns the item errors (unusable rows).
pub fn run_extract(reports: &Path, out: &Path, reader: &TextReader) -> anyhow::Result<Vec<ItemError>> {
    let (reports, mut errors) = read_reports(reports)?;
    let results: Vec<Result<Vec<ExtractRow>, ItemError>> = reports
        .par_iter()
        .map(|r| {
            let readings = reader.read(&r.text).map_err(|e| ItemError::new(r.accession_number.clone(), "text", format!("{e:#}")))?;
            Ok(readings
                .into_iter()
                .map(|reading| {
                    let t = reading.finding;
                    ExtractRow {
                        id: r.accession_number.clone(),
                        finding: t.finding,
                        status: t.status,
                        evidence: t.evidence,
                        evidence_start: t.evidence_start,
                        evidence_end: t.evidence_end,
                        trigger: t.trigger,
                        trigger_start: t.trigger_start,
                        trigger_end: t.trigger_end,
                        laterality: t.laterality,
                        text_model_status: reading.model.map(|m| m.status.to_string()).unwrap_or_default(),
                        text_model_probability: reading.model.map(|m| m.probability),
                        text_agreement: reading.agreement,
                    }
                })
                .collect())
        })
        .collect();
    let mut rows = Vec::new();
    for r in results {
        match r {
            Ok(r) => rows.extend(r),
            Err(e) => errors.push(e),
        }
    }
    let ext = out.extension().and_then(|e| e.to_str()).unwrap_or("").to_ascii_lowercase();
    match ext.as_str() {
        "jsonl" | "ndjson" => output::write_jsonl(&rows, out)?,
        _ => output::write_frame(&mut ExtractRow::to_frame(&rows)?, out)?,
    }
    Ok(errors)
}
