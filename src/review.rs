//! Stage 6b, review page: a self-contained static page (`review/index.html` with its assets
//! beside it) listing flagged studies in priority order, for radiologists to record verdicts.
//!
//! Takes the flagged rows grouped per study, the report text and the image files written by the
//! pipeline (thumbnail, full-size PNG, optional heatmap); gives `review/` in the output folder.
//! No server, no internet, no patient names (accession numbers only).
//!
//! The page is a fixed HTML shell plus the cases as JSON in a `<script type="application/json">`
//! tag; `app.js` renders them with DOM text nodes only, so report text (untrusted input) is never
//! parsed as HTML. Verdicts live in the browser's localStorage under the run id (a hash of the
//! embedded data) until the reviewer exports `verdicts.csv`.

use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::Context;
use serde::{Deserialize, Serialize};

use crate::classifier::card::hex_sha256;
use crate::finding::{Discrepancy, Finding, ReportStatus};
use crate::output::atomic_write;
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

/// The page's script and style, compiled in so the page works from any install.
const APP_JS: &str = include_str!("../assets/review/app.js");
const STYLE_CSS: &str = include_str!("../assets/review/style.css");
/// Version of the embedded JSON layout, for app.js and anyone reading it back.
const DATA_FORMAT: u32 = 1;
/// Hex digits of the data hash kept as run id (48 bits: collisions between runs are not a concern).
const RUN_ID_LEN: usize = 12;

/// Everything the page shows, embedded in index.html as JSON.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PageData {
    pub format: u32,
    /// Hash of `model_id` and `cases`: the localStorage key for verdicts, so verdicts of one run
    /// never show up on another run's page (all file:// pages share one storage in browsers).
    pub run_id: String,
    /// Model that produced the scores (empty when nothing was flagged).
    pub model_id: String,
    /// Flagged studies, priority order.
    pub cases: Vec<CaseData>,
}

/// One study on the page. No patient name or ID: the accession number is the only key.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CaseData {
    pub accession_number: String,
    /// YYYYMMDD (empty when unknown).
    pub study_date: String,
    pub modality: String,
    pub view_position: String,
    pub institution: String,
    pub n_images: u32,
    pub report_text: String,
    /// Relative to `review/`.
    pub thumbnail: String,
    pub image: String,
    /// Flagged findings, highest priority first; each gets its own verdict.
    pub flags: Vec<FlagData>,
}

/// One flagged finding of a study.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FlagData {
    pub finding: Finding,
    pub discrepancy: Discrepancy,
    pub ai_score: f32,
    pub ai_threshold: f32,
    pub ai_positive: bool,
    pub report_status: ReportStatus,
    /// Evidence sentence and its character (not UTF-16) offsets into `report_text`.
    pub evidence: String,
    pub evidence_start: u32,
    pub evidence_end: u32,
    /// The negation/hedge/normal cue inside the evidence, and its character offsets into
    /// `report_text` (0, 0 when the cue is not in the text).
    pub trigger: String,
    pub trigger_start: u32,
    pub trigger_end: u32,
    /// links, rechts, beiderzijds or empty.
    pub laterality: String,
    /// The text model's second opinion on the report (empty / None when it did not run).
    pub text_model_status: String,
    pub text_model_probability: Option<f32>,
    pub text_agreement: Option<bool>,
    pub priority: f64,
    /// Heatmap PNG relative to `review/`, when computed.
    pub heatmap: Option<String>,
}

impl PageData {
    pub fn new(cases: &[ReviewCase]) -> Self {
        // The rows of one run share one model.
        let model_id = cases.iter().flat_map(|c| c.rows.first()).map(|r| r.model_id.clone()).next().unwrap_or_default();
        let cases: Vec<CaseData> = cases.iter().map(CaseData::from).collect();
        let mut page = PageData { format: DATA_FORMAT, run_id: String::new(), model_id, cases };
        let hashed = serde_json::to_vec(&(&page.model_id, &page.cases)).expect("page data serialises");
        page.run_id = hex_sha256(&hashed)[..RUN_ID_LEN].to_owned();
        page
    }
}

impl From<&ReviewCase> for CaseData {
    fn from(c: &ReviewCase) -> Self {
        let first = c.rows.first();
        let field = |f: fn(&FindingRow) -> &str| first.map(f).unwrap_or_default().to_owned();
        CaseData {
            accession_number: c.accession_number.clone(),
            study_date: field(|r| &r.study_date),
            modality: field(|r| &r.modality),
            view_position: field(|r| &r.view_position),
            institution: field(|r| &r.institution),
            n_images: first.map_or(0, |r| r.n_images),
            report_text: c.report_text.clone(),
            thumbnail: c.thumbnail.clone(),
            image: c.image.clone(),
            flags: c
                .rows
                .iter()
                .enumerate()
                .map(|(i, r)| FlagData {
                    finding: r.finding,
                    discrepancy: r.discrepancy,
                    ai_score: r.ai_score,
                    ai_threshold: r.ai_threshold,
                    ai_positive: r.ai_positive,
                    report_status: r.report_status,
                    evidence: r.report_evidence.clone(),
                    evidence_start: r.evidence_start,
                    evidence_end: r.evidence_end,
                    trigger: r.trigger.clone(),
                    trigger_start: r.trigger_start,
                    trigger_end: r.trigger_end,
                    laterality: r.laterality.as_str().to_owned(),
                    text_model_status: r.text_model_status.clone(),
                    text_model_probability: r.text_model_probability,
                    text_agreement: r.text_agreement,
                    priority: r.priority,
                    heatmap: c.heatmaps.get(i).cloned().flatten(),
                })
                .collect(),
        }
    }
}

/// Writes `review/index.html` and its assets into `out_dir` (atomically per file; index.html
/// last, so a page never refers to assets that are not there yet).
pub fn write_review(out_dir: &Path, cases: &[ReviewCase]) -> anyhow::Result<()> {
    let dir = out_dir.join("review");
    let html = render_index(&PageData::new(cases));
    for (name, text) in [("app.js", APP_JS), ("style.css", STYLE_CSS), ("index.html", html.as_str())] {
        atomic_write(&dir.join(name), |f| {
            f.write_all(text.as_bytes())?;
            Ok(())
        })?;
    }
    remove_stale_images(&dir, cases)
}

/// Removes images of an earlier run into the same folder that no current case shows: a nightly
/// run must not leave last night's radiographs lying beside tonight's page.
fn remove_stale_images(dir: &Path, cases: &[ReviewCase]) -> anyhow::Result<()> {
    let keep: std::collections::HashSet<PathBuf> = cases
        .iter()
        .flat_map(|c| [Some(&c.image), Some(&c.thumbnail)].into_iter().chain(c.heatmaps.iter().map(Option::as_ref)))
        .flatten()
        .map(|rel| dir.join(rel))
        .collect();
    for sub in ["img", "heatmap"] {
        let Ok(entries) = std::fs::read_dir(dir.join(sub)) else { continue };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.extension().is_some_and(|e| e == "png") && !keep.contains(&path) {
                std::fs::remove_file(&path).with_context(|| format!("cannot remove the stale review image {}", path.display()))?;
            }
        }
    }
    Ok(())
}

/// The page: a fixed shell around the data. Nothing from the data is written outside the JSON.
pub fn render_index(page: &PageData) -> String {
    let json = script_safe_json(&serde_json::to_string(page).expect("page data serialises"));
    format!(
        r#"<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'self' file:; style-src 'self' file:; img-src 'self' file: data: blob:; base-uri 'none'; form-action 'none'">
<meta name="referrer" content="no-referrer">
<title>dubbelcheck review</title>
<link rel="stylesheet" href="style.css">
</head>
<body>
<header class="bar">
  <div class="brand">dubbelcheck <span class="sub">review</span></div>
  <div class="runinfo" id="runinfo"></div>
  <div class="progress" title="Flagged findings with a verdict">
    <span class="label">Reviewed</span> <span id="progress-count">0</span> / <span id="progress-total">0</span>
    <div class="progress-bar"><div id="progress-fill"></div></div>
  </div>
  <label class="reviewer">Reviewer <input id="reviewer" type="text" autocomplete="name" spellcheck="false" placeholder="your name"></label>
  <button type="button" id="export" class="export">Export verdicts.csv</button>
  <div class="keys" aria-label="Keyboard shortcuts"><kbd>1</kbd>–<kbd>4</kbd> verdict · <kbd>j</kbd>/<kbd>k</kbd> next/previous · <kbd>n</kbd> next unreviewed · <kbd>h</kbd> heatmap · <kbd>Enter</kbd> enlarge · <kbd>Esc</kbd> close</div>
  <div class="message" id="message" role="status" aria-live="polite"></div>
</header>
<main id="cases">
<noscript><p class="empty">This page needs JavaScript to show the cases and record verdicts.</p></noscript>
</main>
<div id="lightbox" class="lightbox" hidden>
  <div class="lightbox-bar"><span id="lightbox-title"></span><span id="lightbox-views" class="views"></span><button type="button" id="lightbox-close">Close (Esc)</button></div>
  <img id="lightbox-img" alt="">
</div>
<script type="application/json" id="review-data">{json}</script>
<script src="app.js"></script>
</body>
</html>
"#
    )
}

/// JSON that cannot end its `<script>` element or open a comment: `<`, `>` and `&` become
/// `\u003c`, `\u003e`, `\u0026` (they only occur inside JSON strings, where the escapes mean the
/// same character). U+2028/2029 are escaped too, for readers that treat them as line ends.
fn script_safe_json(json: &str) -> String {
    let mut out = String::with_capacity(json.len());
    for c in json.chars() {
        match c {
            '<' => out.push_str("\\u003c"),
            '>' => out.push_str("\\u003e"),
            '&' => out.push_str("\\u0026"),
            '\u{2028}' => out.push_str("\\u2028"),
            '\u{2029}' => out.push_str("\\u2029"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::finding::Laterality;

    const DATA_OPEN: &str = r#"<script type="application/json" id="review-data">"#;

    fn row(finding: Finding, evidence: &str, start: u32, trigger: &str) -> FindingRow {
        FindingRow {
            accession_number: "ACC<1>".into(),
            study_instance_uid: "2.25.1".into(),
            sop_instance_uid: "2.25.2".into(),
            image_path: "x.dcm".into(),
            study_date: "20240301".into(),
            institution: "Ziekenhuis \"Noord\" & Zuid".into(),
            manufacturer: String::new(),
            modality: "DX".into(),
            view_position: "PA".into(),
            n_images: 1,
            finding,
            ai_score: 0.8125,
            ai_threshold: 0.5,
            ai_positive: true,
            model_id: "demo@1+sha256:abc".into(),
            report_status: ReportStatus::Absent,
            report_evidence: evidence.into(),
            evidence_start: start,
            evidence_end: start + evidence.chars().count() as u32,
            trigger: trigger.into(),
            trigger_start: 0,
            trigger_end: 0,
            laterality: Laterality::Right,
            text_model_status: "absent".into(),
            text_model_probability: Some(0.75),
            text_agreement: Some(true),
            discrepancy: Discrepancy::Unreported,
            priority: 3.5,
            heatmap: String::new(),
        }
    }

    fn hostile_case() -> ReviewCase {
        let report = "Eén <script>alert(1)</script> regel.\nGeen pneumothorax </script><!-- \u{2028} 😀 & co.";
        let start = report.chars().position(|c| c == 'G').unwrap() as u32;
        ReviewCase {
            accession_number: "ACC<1>".into(),
            rows: vec![row(Finding::Pneumothorax, "Geen pneumothorax </script><!-- \u{2028} 😀 & co.", start, "Geen")],
            report_text: report.into(),
            thumbnail: "img/ACC_1__thumb.png".into(),
            image: "img/ACC_1_.png".into(),
            heatmaps: vec![Some("heatmap/ACC_1__pneumothorax.png".into())],
        }
    }

    fn embedded_json(html: &str) -> &str {
        let start = html.find(DATA_OPEN).expect("data tag") + DATA_OPEN.len();
        let len = html[start..].find("</script>").expect("data tag closes");
        &html[start..start + len]
    }

    #[test]
    fn report_text_cannot_break_out_of_the_data_tag() {
        let page = PageData::new(&[hostile_case()]);
        let html = render_index(&page);
        assert!(!html.contains("<script>alert"), "report markup must not reach the page as markup");
        assert!(!html.contains("<!--"), "no comment can be opened from the data");
        // Exactly the page's own two script elements close: the data tag and app.js.
        assert_eq!(html.matches("</script").count(), 2, "{html}");
        assert_eq!(html.matches("<script").count(), 2, "{html}");
        let json = embedded_json(&html);
        assert!(!json.contains('<') && !json.contains('>') && !json.contains('&'));
        assert!(json.contains("\\u003cscript\\u003ealert(1)"));
    }

    #[test]
    fn embedded_data_round_trips() {
        let case = hostile_case();
        let page = PageData::new(std::slice::from_ref(&case));
        let back: PageData = serde_json::from_str(embedded_json(&render_index(&page))).unwrap();
        assert_eq!(back, page);
        let c = &back.cases[0];
        assert_eq!(c.report_text, case.report_text);
        assert_eq!(c.flags[0].ai_score, 0.8125);
        assert_eq!(c.flags[0].laterality, "rechts");
        assert_eq!(c.flags[0].heatmap.as_deref(), Some("heatmap/ACC_1__pneumothorax.png"));
        // Character offsets survive as given (app.js maps them through Array.from).
        let chars: Vec<char> = c.report_text.chars().collect();
        let ev: String = chars[c.flags[0].evidence_start as usize..c.flags[0].evidence_end as usize].iter().collect();
        assert_eq!(ev, c.flags[0].evidence);
    }

    #[test]
    fn run_id_follows_the_data() {
        let a = PageData::new(&[hostile_case()]);
        assert_eq!(a.run_id, PageData::new(&[hostile_case()]).run_id, "same data, same id");
        let mut other = hostile_case();
        other.rows[0].ai_score = 0.9;
        assert_ne!(a.run_id, PageData::new(&[other]).run_id);
        assert_eq!(a.run_id.len(), RUN_ID_LEN);
    }

    #[test]
    fn writes_page_and_assets_without_temporary_files() {
        let tmp = tempfile::tempdir().unwrap();
        write_review(tmp.path(), &[hostile_case()]).unwrap();
        let dir = tmp.path().join("review");
        let mut names: Vec<String> =
            std::fs::read_dir(&dir).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect();
        names.sort();
        assert_eq!(names, ["app.js", "index.html", "style.css"]);
        let html = std::fs::read_to_string(dir.join("index.html")).unwrap();
        let page: PageData = serde_json::from_str(embedded_json(&html)).unwrap();
        assert_eq!(page.model_id, "demo@1+sha256:abc");
        // An empty run still gets a page (it says there is nothing to review).
        write_review(tmp.path(), &[]).unwrap();
        let html = std::fs::read_to_string(dir.join("index.html")).unwrap();
        assert!(serde_json::from_str::<PageData>(embedded_json(&html)).unwrap().cases.is_empty());
    }
}
