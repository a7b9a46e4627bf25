//! Stage 6b, review page: a self-contained static page (`review/index.html` with its assets
//! beside it) listing flagged studies in priority order, for radiologists to record verdicts.
//!
//! Takes the flagged rows grouped per study, the report text and the image files written by the
//! pipeline (thumbnail, full-size PNG, optional heatmap); gives `review/` in the output folder.
//! No server, no internet, no patient names (accession numbers only).

use std::path::Path;

use crate::records::FindingRow;

/// One flagged study as the page shows it.
#[derive(Debug, Clone)]
pub struct ReviewCase {
    pub accession_number: String,
    /// The study's flagged rows (discrepancy != none), highest priority first.
    pub rows: Vec<FindingRow>,
    /// Full report text; evidence offsets in `rows` are character offsets into it.
    pub report_text: String,
    /// Image paths relative to the `review/` folder: windowed thumbnail and full-size PNG.
    pub thumbnail: String,
    pub image: String,
    /// Heatmap overlay PNG relative to `review/`, per row (same order as `rows`), when computed.
    pub heatmaps: Vec<Option<String>>,
}

/// Writes `review/index.html` and its assets into `out_dir` (atomically per file).
pub fn write_review(out_dir: &Path, cases: &[ReviewCase]) -> anyhow::Result<()> {
    // Placeholder until the page lands: nothing is written.
    let _ = (out_dir, cases);
    Ok(())
}
