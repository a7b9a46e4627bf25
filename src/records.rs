//! The records that pass between stages, declared once.
//!
//! ingest -> [`ImageMeta`], [`Report`]; pair -> [`Study`]; classify -> [`ImageScores`];
//! text -> [`TextFinding`]; compare/output -> [`FindingRow`]; any stage -> [`ItemError`].

use std::path::PathBuf;

use serde::Serialize;

use crate::finding::{Discrepancy, Finding, Laterality, ReportStatus};
use crate::table::table_record;

/// Header facts of one image, read without decoding pixels.
#[derive(Debug, Clone, Default, Serialize)]
pub struct ImageMeta {
    /// File the image came from.
    pub path: PathBuf,
    /// SOP Instance UID; for PNG/JPEG the file name stands in.
    pub sop_instance_uid: String,
    /// Study Instance UID (empty when unknown).
    pub study_instance_uid: String,
    /// Series Instance UID (empty when unknown).
    pub series_instance_uid: String,
    /// Accession Number (empty when the header has none).
    pub accession_number: String,
    /// Patient ID: kept for pairing checks only; never logged or written to tables.
    #[serde(skip)]
    pub patient_id: String,
    /// Study Date as YYYYMMDD.
    pub study_date: String,
    /// Modality (DX, CR, ...).
    pub modality: String,
    /// Body Part Examined.
    pub body_part: String,
    /// View Position (PA, AP, LL, LATERAL, ...), upper case.
    pub view_position: String,
    pub manufacturer: String,
    pub institution: String,
    /// Photometric Interpretation (MONOCHROME1, MONOCHROME2, ...).
    pub photometric: String,
    pub bits_stored: u16,
    /// Transfer syntax UID; empty for PNG/JPEG.
    pub transfer_syntax: String,
    /// True when the pixels live in a PNG/JPEG file named by the images manifest.
    pub raster: bool,
}

impl ImageMeta {
    /// Frontal views are scored; laterals are not.
    pub fn is_frontal(&self) -> bool {
        matches!(self.view_position.as_str(), "PA" | "AP" | "")
    }
}

/// One free-text report as read from the reports file.
#[derive(Debug, Clone, Default)]
pub struct Report {
    pub accession_number: String,
    pub study_instance_uid: Option<String>,
    pub report_date: Option<String>,
    pub text: String,
    /// Where it came from ("reports.csv line 7"), for error rows.
    pub source: String,
}

/// Images of one study joined with its report.
#[derive(Debug, Clone)]
pub struct Study {
    /// Accession number, or study instance UID when pairing fell back to it.
    pub key: String,
    /// Frontal images to score (at least one).
    pub images: Vec<ImageMeta>,
    pub report: Report,
}

/// Classifier output for one image: (probability, threshold) per finding, in [`Finding::ALL`]
/// order; `None` where the model does not score that finding.
#[derive(Debug, Clone, PartialEq)]
pub struct ImageScores {
    pub sop_instance_uid: String,
    pub scores: [Option<(f32, f32)>; 3],
}

/// What the report says about one finding.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TextFinding {
    pub finding: Finding,
    pub status: ReportStatus,
    /// The sentence that decided the status ("" when not mentioned).
    pub evidence: String,
    /// Character (not byte) offsets of `evidence` in the report text.
    pub evidence_start: u32,
    pub evidence_end: u32,
    /// The cue that decided the status: the negation or hedge, or the global normal statement.
    pub trigger: String,
    /// Character offsets of `trigger` in the report text (0, 0 when the cue is not in the text).
    pub trigger_start: u32,
    pub trigger_end: u32,
    pub laterality: Laterality,
}

table_record! {
    /// One row of `findings.parquet`: a paired study and one finding.
    #[derive(Debug, Clone, PartialEq, Serialize)]
    pub struct FindingRow {
        /// Accession number of the study (the pairing key).
        pub accession_number: String,
        /// Study Instance UID from the image header.
        pub study_instance_uid: String,
        /// SOP Instance UID of the image that drove the score (highest score among frontal views).
        pub sop_instance_uid: String,
        /// Path of that image, as found under the studies folder.
        pub image_path: String,
        /// Study date, YYYYMMDD.
        pub study_date: String,
        /// Institution Name from the header.
        pub institution: String,
        /// Manufacturer from the header.
        pub manufacturer: String,
        /// Modality (DX, CR, ...).
        pub modality: String,
        /// View position of the scoring image (PA or AP).
        pub view_position: String,
        /// Number of frontal images scored for this study.
        pub n_images: u32,
        /// The finding this row is about.
        pub finding: Finding,
        /// AI probability (max over the study's frontal images).
        pub ai_score: f32,
        /// Threshold from the model card (or the AI scores file).
        pub ai_threshold: f32,
        /// ai_score >= ai_threshold.
        pub ai_positive: bool,
        /// Model name, version and content hash; or the AI scores file name and hash.
        pub model_id: String,
        /// What the report says: present, absent, uncertain or not_mentioned.
        pub report_status: ReportStatus,
        /// The sentence that decided the report status.
        pub report_evidence: String,
        /// Character offset of the evidence in the report text.
        pub evidence_start: u32,
        /// Character offset just past the evidence.
        pub evidence_end: u32,
        /// The cue that decided the status (negation, hedge, normal statement).
        pub trigger: String,
        /// Character offset of the trigger in the report text (0 with trigger_end 0: no cue in the text).
        pub trigger_start: u32,
        /// Character offset just past the trigger.
        pub trigger_end: u32,
        /// Side named in the report for this finding (links, rechts, beiderzijds or empty).
        pub laterality: Laterality,
        /// The text model's own status (empty when it did not run).
        pub text_model_status: String,
        /// The text model's probability for its status.
        pub text_model_probability: Option<f32>,
        /// Whether the text model agrees with report_status (empty when it did not run).
        pub text_agreement: Option<bool>,
        /// unreported, hedged, unconfirmed or none.
        pub discrepancy: Discrepancy,
        /// Review order: higher first.
        pub priority: f64,
        /// Path of the explanation heatmap PNG, relative to the output folder (empty when none).
        pub heatmap: String,
    }
}

table_record! {
    /// One row of `errors.csv`: an item that could not be used, and why.
    #[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize)]
    pub struct ItemError {
        /// File path or accession number the error concerns.
        pub item: String,
        /// Stage that gave up: ingest, reports, pair, classify.
        pub stage: String,
        /// error (the item was lost: fix it) or skipped (left out on purpose, e.g. a lateral view).
        pub severity: String,
        /// What went wrong, in words a person can act on.
        pub reason: String,
    }
}

impl ItemError {
    /// An item that was lost and should be fixed; makes the exit code 1.
    pub fn new(item: impl Into<String>, stage: &str, reason: impl Into<String>) -> Self {
        ItemError { item: item.into(), stage: stage.to_owned(), severity: "error".into(), reason: reason.into() }
    }

    /// An item left out on purpose (lateral view, not a chest radiograph, not an image file).
    pub fn skipped(item: impl Into<String>, stage: &str, reason: impl Into<String>) -> Self {
        ItemError { item: item.into(), stage: stage.to_owned(), severity: "skipped".into(), reason: reason.into() }
    }

    pub fn is_error(&self) -> bool {
        self.severity == "error"
    }
}

table_record! {
    /// One row of `dubbelcheck extract`: a report and one finding.
    #[derive(Debug, Clone, PartialEq, Serialize)]
    pub struct ExtractRow {
        /// Report id (accession number or id column).
        pub id: String,
        /// The finding.
        pub finding: Finding,
        /// present, absent, uncertain or not_mentioned.
        pub status: ReportStatus,
        /// The sentence that decided the status.
        pub evidence: String,
        /// Character offset of the evidence in the report text.
        pub evidence_start: u32,
        /// Character offset just past the evidence.
        pub evidence_end: u32,
        /// The cue that decided the status.
        pub trigger: String,
        /// Character offset of the trigger in the report text (0 with trigger_end 0: no cue in the text).
        pub trigger_start: u32,
        /// Character offset just past the trigger.
        pub trigger_end: u32,
        /// links, rechts, beiderzijds or empty.
        pub laterality: Laterality,
        /// The text model's own status (empty when it did not run).
        pub text_model_status: String,
        /// The text model's probability for its status.
        pub text_model_probability: Option<f32>,
        /// Whether the text model agrees with status.
        pub text_agreement: Option<bool>,
    }
}

table_record! {
    /// One row of `dubbelcheck classify`: an image and one finding.
    #[derive(Debug, Clone, PartialEq, Serialize)]
    pub struct ScoreRow {
        /// SOP Instance UID (DICOM) or file name (PNG/JPEG).
        pub sop_instance_uid: String,
        /// The image file.
        pub path: String,
        /// The finding.
        pub finding: Finding,
        /// Probability from the model.
        pub score: f32,
        /// Threshold from the model card.
        pub threshold: f32,
        /// score >= threshold.
        pub positive: bool,
    }
}
