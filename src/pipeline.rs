//! The one place that wires the stages, in order:
//! ingest -> pair -> classify images -> read reports -> compare -> output.
//!
//! Pixels are decoded one image at a time inside the rayon workers, so memory holds at most
//! `threads` images; everything else kept for the whole run is small header and report text.

use std::collections::{BTreeMap, HashSet};
use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Instant;

use rayon::prelude::*;
use serde::Serialize;

use crate::classifier::Scorer;
use crate::explain;
use crate::review::ReviewCase;
use crate::compare;
use crate::finding::{Discrepancy, Finding};
use crate::ingest::{self, FileKind, GreyImage, IngestError};
use crate::output;
use crate::pair;
use crate::records::{FindingRow, ImageMeta, ImageScores, ItemError, Study};
use crate::text::{Reading, TextReader};

/// Everything `audit` needs, validated before any work starts.
pub struct AuditConfig {
    pub studies_dir: PathBuf,
    pub reports: PathBuf,
    pub images_manifest: Option<PathBuf>,
    pub out_dir: PathBuf,
    pub scorer: Scorer,
    pub text: TextReader,
    pub threads: usize,
    pub progress: bool,
    /// The part of the study set this run audits (`Shard::ALL` for everything).
    pub shard: crate::pair::Shard,
    /// Study keys audited by earlier runs (`--skip-audited`): left out, and so are their
    /// pairing errors (a report whose image was audited last night is not missing an image).
    pub already_audited: HashSet<String>,
}

/// Counts per stage, written to run.json.
#[derive(Debug, Default, Clone, Serialize)]
pub struct Counts {
    pub files_seen: usize,
    pub images_read: usize,
    pub reports_read: usize,
    pub studies_paired: usize,
    /// Paired studies left out because an earlier audit (`--skip-audited`) has them.
    pub studies_already_audited: usize,
    pub images_scored: usize,
    pub studies_scored: usize,
    pub rows: usize,
    pub discrepancies: BTreeMap<String, usize>,
    pub errors_by_stage: BTreeMap<String, usize>,
    pub skipped_by_stage: BTreeMap<String, usize>,
}

/// The run's own record, written last as run.json.
#[derive(Debug, Clone, Serialize)]
pub struct RunInfo {
    pub tool: &'static str,
    pub tool_version: &'static str,
    pub model_id: String,
    pub model_card: String,
    pub lexicon_version: String,
    pub lexicon_hash: String,
    pub text_model_id: Option<String>,
    pub threads: usize,
    /// "I/N" of `--shard`; "0/1" for a whole run. files_seen, images_read and reports_read
    /// count everything read (every part reads all headers); the other counts are this part's.
    pub shard: String,
    pub counts: Counts,
    pub wall_seconds: f64,
}

pub struct AuditOutcome {
    pub counts: Counts,
    /// The table rows, as written to findings.parquet.
    pub rows: Vec<FindingRow>,
    /// Items lost (severity "error"): exit code 1 when non-zero.
    pub item_errors: usize,
}

pub fn run_audit(cfg: &AuditConfig) -> anyhow::Result<AuditOutcome> {
    let started = Instant::now();
    let pool = rayon::ThreadPoolBuilder::new().num_threads(cfg.threads).build()?;
    pool.install(|| audit_stages(cfg, started))
}

fn audit_stages(cfg: &AuditConfig, started: Instant) -> anyhow::Result<AuditOutcome> {
    let mut errors: Vec<ItemError> = Vec::new();
    let mut counts = Counts::default();

    // 1. Ingest: header-only pass over the folder, plus the PNG/JPEG manifest.
    let mut images = Vec::new();
    let mut manifest_paths = HashSet::new();
    if let Some(manifest) = &cfg.images_manifest {
        let (raster, errs) = ingest::raster::read_manifest(manifest)?;
        manifest_paths = raster.iter().filter_map(|m| m.path.canonicalize().ok()).collect();
        images.extend(raster);
        errors.extend(errs);
    }
    let files = ingest::walk_files(&cfg.studies_dir)?;
    counts.files_seen = files.len();
    let headers: Vec<Result<Option<ImageMeta>, ItemError>> = files
        .par_iter()
        .map(|path| header_of(path, &manifest_paths))
        .collect();
    for h in headers {
        match h {
            Ok(Some(meta)) => images.push(meta),
            Ok(None) => {}
            Err(e) => errors.push(e),
        }
    }
    counts.images_read = images.len();

    // 2. Reports, then pairing.
    let (reports, report_errors) = ingest::reports::read_reports(&cfg.reports)?;
    counts.reports_read = reports.len();
    errors.extend(report_errors);
    let paired = pair::pair(images, reports);
    errors.extend(paired.errors);
    let mut studies = paired.studies;
    // Sharding after pairing, so all images of a study land in one part; every part reads all
    // headers and reports (cheap next to decoding and inference).
    studies.retain(|s| cfg.shard.contains(&s.key));
    errors.retain(|e| cfg.shard.contains(&e.item) && !cfg.already_audited.contains(&e.item));
    let before = studies.len();
    let done_before = |s: &Study| cfg.already_audited.contains(&s.key) || cfg.already_audited.contains(&s.report.accession_number);
    studies.retain(|s| !done_before(s));
    counts.studies_already_audited = before - studies.len();
    counts.studies_paired = studies.len();

    // 3. Image classifier: decode and score one image at a time per worker.
    let total: usize = studies.iter().map(|s| s.images.len()).sum();
    let done = AtomicUsize::new(0);
    let scored: Vec<(usize, Vec<Result<ImageScores, ItemError>>)> = studies
        .par_iter()
        .enumerate()
        .map(|(i, study)| {
            let results = study
                .images
                .iter()
                .map(|img| {
                    let r = score_image(&cfg.scorer, img);
                    let n = done.fetch_add(1, Ordering::Relaxed) + 1;
                    if cfg.progress {
                        eprint!("\rscoring images {n}/{total}");
                    }
                    r
                })
                .collect();
            (i, results)
        })
        .collect();
    if cfg.progress && total > 0 {
        eprintln!();
    }

    // 4. Text, 5. compare: per study.
    let model_id = cfg.scorer.id();
    let mut rows = Vec::new();
    for (i, results) in scored {
        let study = &studies[i];
        let mut ok = Vec::new();
        for r in results {
            match r {
                Ok(s) => ok.push(s),
                Err(e) => errors.push(e),
            }
        }
        counts.images_scored += ok.len();
        if ok.is_empty() {
            errors.push(ItemError::new(study.key.clone(), "classify", "no image of this study could be scored"));
            continue;
        }
        let text = match cfg.text.read(&study.report.text) {
            Ok(t) => t,
            Err(e) => {
                errors.push(ItemError::new(study.key.clone(), "text", format!("{e:#}")));
                continue;
            }
        };
        counts.studies_scored += 1;
        rows.extend(study_rows(study, &ok, &text, &model_id));
    }
    rows.sort_by(|a, b| a.accession_number.cmp(&b.accession_number).then(a.finding.cmp(&b.finding)));

    // 6a. Explain what was flagged: review images and occlusion heatmaps, flagged studies only.
    let cases = explain_flagged(cfg, &studies, &mut rows, &mut errors);
    errors.sort();
    counts.rows = rows.len();
    for r in &rows {
        if r.discrepancy != Discrepancy::None {
            *counts.discrepancies.entry(r.discrepancy.to_string()).or_default() += 1;
        }
    }
    for e in &errors {
        let map = if e.is_error() { &mut counts.errors_by_stage } else { &mut counts.skipped_by_stage };
        *map.entry(e.stage.clone()).or_default() += 1;
    }

    // 6. Output, run.json last.
    output::write_audit_tables(&cfg.out_dir, &rows, &errors)?;
    crate::review::write_review(&cfg.out_dir, &cases)?;
    let info = RunInfo {
        tool: env!("CARGO_PKG_NAME"),
        tool_version: env!("CARGO_PKG_VERSION"),
        model_id,
        model_card: cfg.scorer.card().path.display().to_string(),
        lexicon_version: cfg.text.lexicon.version.clone(),
        lexicon_hash: cfg.text.lexicon.hash.clone(),
        text_model_id: cfg.text.model_id(),
        threads: cfg.threads,
        shard: cfg.shard.to_string(),
        counts: counts.clone(),
        wall_seconds: (started.elapsed().as_secs_f64() * 1000.0).round() / 1000.0,
    };
    output::write_json(&info, &cfg.out_dir.join("run.json"))?;
    let item_errors = errors.iter().filter(|e| e.is_error()).count();
    Ok(AuditOutcome { counts, rows, item_errors })
}

/// For each flagged study: the scoring image as full-size and thumbnail PNG, and for each
/// AI-positive flag an occlusion heatmap; fills `heatmap` in the rows. Failures become errors.
fn explain_flagged(cfg: &AuditConfig, studies: &[Study], rows: &mut [FindingRow], errors: &mut Vec<ItemError>) -> Vec<ReviewCase> {
    let by_key: BTreeMap<&str, &Study> = studies.iter().map(|s| (s.key.as_str(), s)).collect();
    let mut flagged: BTreeMap<String, Vec<usize>> = BTreeMap::new();
    for (i, r) in rows.iter().enumerate() {
        if r.discrepancy != Discrepancy::None {
            flagged.entry(r.accession_number.clone()).or_default().push(i);
        }
    }
    let review_dir = cfg.out_dir.join("review");
    let work: Vec<(String, Vec<usize>)> = flagged.into_iter().collect();
    let rows_ro: &[FindingRow] = rows;
    let results: Vec<Result<Explained, ItemError>> =
        work.par_iter().map(|(acc, idx)| explain_study(cfg, by_key[acc.as_str()], rows_ro, idx, &review_dir)).collect();
    let mut cases = Vec::new();
    for r in results {
        match r {
            Ok((case, heatmaps)) => {
                for (i, path) in heatmaps {
                    rows[i].heatmap = path;
                }
                cases.push(case);
            }
            Err(e) => errors.push(e),
        }
    }
    cases.sort_by(|a, b| b.rows[0].priority.total_cmp(&a.rows[0].priority).then_with(|| a.accession_number.cmp(&b.accession_number)));
    cases
}

/// One flagged study's review case, and the heat map written for each of its finding rows
/// (row index, path).
type Explained = (ReviewCase, Vec<(usize, String)>);

fn explain_study(
    cfg: &AuditConfig,
    study: &Study,
    rows: &[FindingRow],
    idx: &[usize],
    review_dir: &Path,
) -> Result<Explained, ItemError> {
    let err = |e: anyhow::Error| ItemError::new(study.key.clone(), "explain", format!("{e:#}"));
    let mut study_rows: Vec<FindingRow> = idx.iter().map(|&i| rows[i].clone()).collect();
    study_rows.sort_by(|a, b| b.priority.total_cmp(&a.priority));
    let safe = file_safe(&study.key);
    let mut decoded: BTreeMap<String, GreyImage> = BTreeMap::new();
    let mut grey_for = |sop: &str| -> Result<GreyImage, ItemError> {
        if let Some(g) = decoded.get(sop) {
            return Ok(g.clone());
        }
        let img = study.images.iter().find(|i| i.sop_instance_uid == sop).unwrap_or(&study.images[0]);
        let g = decode(img, cfg.scorer.card().input.window).map_err(|e| ItemError::new(img.path.display().to_string(), "explain", e.to_string()))?;
        decoded.insert(sop.to_owned(), g.clone());
        Ok(g)
    };
    let main = grey_for(&study_rows[0].sop_instance_uid)?;
    let image = format!("img/{safe}.png");
    let thumbnail = format!("img/{safe}_thumb.png");
    explain::save_gray(&explain::fit(&main, explain::FULL_SIZE), &review_dir.join(&image)).map_err(err)?;
    explain::save_gray(&explain::fit(&main, explain::THUMB_SIZE), &review_dir.join(&thumbnail)).map_err(err)?;
    let mut heatmaps = Vec::new();
    let mut case_heatmaps = Vec::new();
    for row in &mut study_rows {
        // Heatmaps explain our own model's positive calls; provided scores have no model here.
        let Some(model) = cfg.scorer.model().filter(|_| row.ai_positive) else {
            case_heatmaps.push(None);
            continue;
        };
        let grey = grey_for(&row.sop_instance_uid)?;
        let drops = explain::occlusion(model, &grey, row.finding).map_err(err)?;
        let overlay = explain::heatmap_overlay(&explain::fit(&grey, explain::FULL_SIZE), &drops);
        let rel = format!("heatmap/{safe}_{}.png", row.finding);
        explain::write_png(&review_dir.join(&rel), |buf| overlay.write_to(&mut std::io::Cursor::new(buf), image::ImageFormat::Png)).map_err(err)?;
        let i = idx.iter().copied().find(|&i| rows[i].finding == row.finding).expect("row of this study");
        row.heatmap = format!("review/{rel}");
        heatmaps.push((i, row.heatmap.clone()));
        case_heatmaps.push(Some(rel));
    }
    Ok((
        ReviewCase {
            accession_number: study.key.clone(),
            rows: study_rows,
            report_text: study.report.text.clone(),
            thumbnail,
            image,
            heatmaps: case_heatmaps,
        },
        heatmaps,
    ))
}

/// Accession numbers as file names: anything but letters, digits, '-' and '_' becomes '_'.
fn file_safe(key: &str) -> String {
    key.chars().map(|c| if c.is_ascii_alphanumeric() || c == '-' || c == '_' { c } else { '_' }).collect()
}

/// Reads one file's header. `Ok(None)`: not ours to read (a manifest image, seen elsewhere).
fn header_of(path: &Path, manifest: &HashSet<PathBuf>) -> Result<Option<ImageMeta>, ItemError> {
    let item = || path.display().to_string();
    let kind = ingest::sniff(path).map_err(|e| ItemError::new(item(), "ingest", format!("could not read file: {e}")))?;
    match kind {
        FileKind::DicomFile | FileKind::DicomDataset => ingest::dicom::read_header(path, kind)
            .map(Some)
            .map_err(|e| match e {
                IngestError::NoPixelData(_) => ItemError::skipped(item(), "ingest", e.to_string()),
                _ => ItemError::new(item(), "ingest", e.to_string()),
            }),
        FileKind::Raster if path.canonicalize().is_ok_and(|p| manifest.contains(&p)) => Ok(None),
        FileKind::Raster => Err(ItemError::skipped(item(), "ingest", "PNG/JPEG image not listed in --images-manifest")),
        FileKind::Other => {
            if std::fs::metadata(path).map(|m| m.len()).unwrap_or(0) == 0 {
                Err(ItemError::new(item(), "ingest", "empty file"))
            } else if path.extension().is_some_and(|e| e.eq_ignore_ascii_case("dcm")) {
                Err(ItemError::new(item(), "ingest", IngestError::NotDicom.to_string()))
            } else {
                Err(ItemError::skipped(item(), "ingest", IngestError::NotDicom.to_string()))
            }
        }
    }
}

/// Decodes one image to display grey, DICOM or PNG/JPEG.
pub fn decode(img: &ImageMeta, window: crate::classifier::card::WindowMode) -> Result<GreyImage, IngestError> {
    if img.raster { ingest::raster::decode_grey(&img.path) } else { ingest::dicom::decode_grey(&img.path, window) }
}

fn score_image(scorer: &Scorer, img: &ImageMeta) -> Result<ImageScores, ItemError> {
    let item = || img.path.display().to_string();
    let scores = match scorer {
        Scorer::Model(model) => {
            let grey = decode(img, model.card.input.window).map_err(|e| ItemError::new(item(), "ingest", e.to_string()))?;
            let p = model.score(&grey).map_err(|e| ItemError::new(item(), "classify", e.to_string()))?;
            Finding::ALL.map(|f| p[f.index()].zip(model.threshold(f)))
        }
        Scorer::Provided { scores, .. } => scores.for_image(img).ok_or_else(|| {
            ItemError::new(item(), "classify", format!("no AI score for this image or its study in {}", scores.id))
        })?,
    };
    Ok(ImageScores { sop_instance_uid: img.sop_instance_uid.clone(), scores })
}

/// One row per finding the model scores: the study's max score, the report's status, the call.
fn study_rows(study: &Study, scores: &[ImageScores], text: &[Reading; 3], model_id: &str) -> Vec<FindingRow> {
    let mut rows = Vec::new();
    for f in Finding::ALL {
        // The image that drove the score: highest score, first in SOP order on ties.
        let Some((best, (score, threshold))) = scores
            .iter()
            .filter_map(|s| s.scores[f.index()].map(|v| (s, v)))
            .fold(None, |acc: Option<(&ImageScores, (f32, f32))>, (s, v)| match acc {
                Some((_, bv)) if bv.0 >= v.0 => acc,
                _ => Some((s, v)),
            })
        else {
            continue;
        };
        let img = study.images.iter().find(|i| i.sop_instance_uid == best.sop_instance_uid).unwrap_or(&study.images[0]);
        let reading = &text[f.index()];
        let t = &reading.finding;
        let ai_positive = score >= threshold;
        let discrepancy = compare::discrepancy(ai_positive, t.status);
        rows.push(FindingRow {
            accession_number: study.key.clone(),
            study_instance_uid: img.study_instance_uid.clone(),
            sop_instance_uid: img.sop_instance_uid.clone(),
            image_path: img.path.display().to_string(),
            study_date: img.study_date.clone(),
            institution: img.institution.clone(),
            manufacturer: img.manufacturer.clone(),
            modality: img.modality.clone(),
            view_position: img.view_position.clone(),
            n_images: study.images.len() as u32,
            finding: f,
            ai_score: score,
            ai_threshold: threshold,
            ai_positive,
            model_id: model_id.to_owned(),
            report_status: t.status,
            report_evidence: t.evidence.clone(),
            evidence_start: t.evidence_start,
            evidence_end: t.evidence_end,
            trigger: t.trigger.clone(),
            trigger_start: t.trigger_start,
            trigger_end: t.trigger_end,
            laterality: t.laterality,
            text_model_status: reading.model.map(|m| m.status.to_string()).unwrap_or_default(),
            text_model_probability: reading.model.map(|m| m.probability),
            text_agreement: reading.agreement,
            discrepancy,
            priority: compare::priority(discrepancy, score, reading.agreement == Some(false)),
            heatmap: String::new(),
        });
    }
    rows
}

/// Whether to draw a progress line: only for a person at a terminal.
pub fn stderr_is_terminal() -> bool {
    std::io::stderr().is_terminal()
}
