//! dubbelcheck: audits chest radiograph reports against an image classifier.
//!
//! The stages, in the order data flows through them (one module each; [`pipeline`] wires them):
//! 1. [`ingest`]: DICOM (header pass, then pixels) and PNG/JPEG images; reports files.
//! 2. [`pair`]: images + reports -> studies; frontal views only.
//! 3. [`classifier`]: ONNX model described by a model card, run with tract.
//! 4. [`text`]: Dutch report -> status per finding (lexicon + context rules).
//! 5. [`compare`]: AI call x report status -> discrepancy and priority.
//! 6. [`output`]: Polars tables written atomically; [`review`]: the static review page.
//!
//! Beside the audit: [`stats`] (rates with intervals over audit folders), [`evaluate`]
//! (the text engine against a labelled corpus), [`extract`] (the text engine alone).
//!
//! Records passed between stages are declared once in [`records`]; the closed set of findings
//! is [`finding::Finding`].

pub mod classifier;
pub mod classify;
pub mod cli;
pub mod compare;
pub mod evaluate;
pub mod explain;
pub mod extract;
pub mod finding;
pub mod ingest;
pub mod output;
pub mod pair;
pub mod pipeline;
pub mod records;
pub mod review;
pub mod stats;
pub mod table;
pub mod text;

/// Exit codes, documented in --help and the README.
pub mod exit {
    /// Finished; every item was used (skipped laterals and non-chest files do not count).
    pub const OK: u8 = 0;
    /// Finished, but some items could not be used: see errors.csv.
    pub const ITEM_ERRORS: u8 = 1;
    /// Could not run: bad arguments, unreadable model, lexicon or reports file.
    pub const CANNOT_RUN: u8 = 2;
}
