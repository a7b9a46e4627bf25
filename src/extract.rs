//! `dubbelcheck extract`: the report engine on its own, one row per report and finding.

use std::path::Path;

use rayon::prelude::*;

use crate::ingest::reports::read_reports;
use crate::output;
use crate::records::{ExtractRow, ItemError};
use crate::text::{self, Lexicon};

/// Reads reports, runs the engine, writes rows; returns the item errors (unusable rows).
pub fn run_extract(reports: &Path, out: &Path, lexicon: &Lexicon) -> anyhow::Result<Vec<ItemError>> {
    let (reports, errors) = read_reports(reports)?;
    let rows: Vec<ExtractRow> = reports
        .par_iter()
        .flat_map_iter(|r| {
            text::extract(lexicon, &r.text).into_iter().map(move |t| ExtractRow {
                id: r.accession_number.clone(),
                finding: t.finding,
                status: t.status,
                evidence: t.evidence,
                evidence_start: t.evidence_start,
                evidence_end: t.evidence_end,
                trigger: t.trigger,
                laterality: t.laterality,
            })
        })
        .collect();
    let ext = out.extension().and_then(|e| e.to_str()).unwrap_or("").to_ascii_lowercase();
    match ext.as_str() {
        "jsonl" | "ndjson" => output::write_jsonl(&rows, out)?,
        _ => output::write_frame(&mut ExtractRow::to_frame(&rows)?, out)?,
    }
    Ok(errors)
}
