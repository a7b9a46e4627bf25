//! Command line: clap arguments (doc comments are the --help text) turned into validated
//! configurations before any work starts. Model, lexicon and paths are checked here, so a
//! typo fails in the first second with exit code 2.

use std::path::{Path, PathBuf};

use anyhow::{Context, bail};
use clap::{Parser, Subcommand};

use crate::classifier::provided::ProvidedScores;
use crate::classifier::{ImageModel, Scorer};
use crate::finding::Finding;
use crate::classifier::card::ModelCard;
use crate::pipeline::AuditConfig;
use crate::text::model::TextModel;
use crate::text::{Lexicon, TextModelMode, TextReader};

/// Audits Dutch chest radiograph reports: lists studies where the image shows a nodule,
/// pneumothorax or consolidation that the report does not mention.
///
/// Exit codes: 0 done, 1 done but some items could not be used (see errors.csv), 2 could not run.
#[derive(Debug, Parser)]
#[command(name = "dubbelcheck", version)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Pair studies with reports, score images, read reports, and write the discrepancy table.
    Audit(AuditArgs),
    /// Read reports only: one row per report and finding (status, evidence, trigger, side).
    Extract(ExtractArgs),
    /// Score images only: one row per image and finding (score, threshold, positive).
    Classify(ClassifyArgs),
    /// Score the report engine against a labelled corpus (JSON lines with gold statuses).
    EvalText(EvalTextArgs),
    /// Missed-finding statistics with Wilson 95% intervals over one or more audit folders.
    Stats(StatsArgs),
}

#[derive(Debug, clap::Args)]
pub struct StatsArgs {
    /// Audit output folders (each with findings.parquet); several are combined.
    #[arg(required = true)]
    pub audit_dirs: Vec<PathBuf>,
    /// Reviewers' verdicts.csv exported from the review page.
    #[arg(long)]
    pub verdicts: Option<PathBuf>,
    /// Break the numbers down by this column.
    #[arg(long, value_enum)]
    pub by: Option<crate::stats::GroupBy>,
    /// Where to write stats.csv and stats.parquet. Default: <first audit folder>/stats.
    #[arg(long)]
    pub out: Option<PathBuf>,
    /// Also write PNG charts.
    #[arg(long)]
    pub plot: bool,
}

impl StatsArgs {
    pub fn into_config(self) -> anyhow::Result<crate::stats::StatsConfig> {
        for d in &self.audit_dirs {
            if !d.join("findings.parquet").is_file() {
                bail!("{} is not an audit folder: it has no findings.parquet", d.display());
            }
        }
        if let Some(v) = &self.verdicts
            && !v.is_file() {
                bail!("verdicts file {} does not exist", v.display());
            }
        let out_dir = self.out.unwrap_or_else(|| self.audit_dirs[0].join("stats"));
        Ok(crate::stats::StatsConfig { audit_dirs: self.audit_dirs, verdicts: self.verdicts, by: self.by, out_dir, plot: self.plot })
    }
}

#[derive(Debug, clap::Args)]
pub struct EvalTextArgs {
    /// Gold corpus: JSON lines with id, text, split, nodule, pneumothorax, consolidation.
    #[arg(long)]
    pub gold: PathBuf,
    /// Only these splits (comma-separated, e.g. "train,dev" or "test"). Default: all.
    #[arg(long)]
    pub split: Option<String>,
    /// Text stage; --text-model only scores the model alone (ablation).
    #[command(flatten)]
    pub text: TextArgs,
    /// Also list every misclassified report and finding (ids only, no text).
    #[arg(long)]
    pub show_errors: bool,
}

#[derive(Debug, clap::Args)]
pub struct AuditArgs {
    /// Folder of studies, walked recursively; DICOM files are recognised by content.
    pub studies_dir: PathBuf,
    /// Reports file: .csv (UTF-8 or Windows-1252), .jsonl or .parquet with accession_number and
    /// report_text (optional study_instance_uid, report_date).
    #[arg(long)]
    pub reports: PathBuf,
    /// Output folder for findings.parquet, discrepancies.csv, errors.csv and run.json.
    #[arg(long)]
    pub out: PathBuf,
    /// Model card (TOML next to the .onnx). Default: the bundled demo model.
    #[arg(long)]
    pub model: Option<PathBuf>,
    #[command(flatten)]
    pub text: TextArgs,
    /// CSV mapping PNG/JPEG files to studies: file, accession_number[, view_position, ...].
    #[arg(long)]
    pub images_manifest: Option<PathBuf>,
    /// Worker threads (default: all cores).
    #[arg(long)]
    pub threads: Option<usize>,
    /// Use these AI scores instead of running a model: CSV/Parquet with sop_instance_uid or
    /// accession_number, finding, score and optional threshold (else the card's thresholds).
    #[arg(long)]
    pub ai_scores: Option<PathBuf>,
    /// Audit only part I of N (0-based), e.g. `--shard $SLURM_ARRAY_TASK_ID/$SLURM_ARRAY_TASK_COUNT`:
    /// studies and error rows are split by a stable hash of their key, so the parts' output
    /// folders together hold exactly the whole run's rows (`stats` reads several folders).
    #[arg(long, value_name = "I/N")]
    pub shard: Option<crate::pair::Shard>,
    /// Leave out studies that these earlier audit folders (or findings.parquet files) already
    /// hold, for nightly runs over overlapping exports. Repeatable.
    #[arg(long, value_name = "DIR")]
    pub skip_audited: Vec<PathBuf>,
}

#[derive(Debug, clap::Args)]
pub struct ClassifyArgs {
    /// Images or folders (walked recursively): DICOM by content, PNG/JPEG.
    #[arg(required = true)]
    pub inputs: Vec<PathBuf>,
    /// Model card. Default: the bundled demo model.
    #[arg(long)]
    pub model: Option<PathBuf>,
    /// Output table: .csv or .parquet.
    #[arg(long)]
    pub out: PathBuf,
    /// Worker threads (default: all cores).
    #[arg(long)]
    pub threads: Option<usize>,
}

impl ClassifyArgs {
    pub fn load_model(&self) -> anyhow::Result<ImageModel> {
        let card_path = self.model.clone().unwrap_or_else(|| bundled("models/cxr-demo/card.toml"));
        Ok(ImageModel::load(ModelCard::load(&card_path)?)?)
    }

    pub fn threads(&self) -> anyhow::Result<usize> {
        threads(self.threads)
    }
}

#[derive(Debug, clap::Args)]
pub struct ExtractArgs {
    /// Reports file (.csv, .jsonl or .parquet) with accession_number or id, and report_text.
    #[arg(long)]
    pub reports: PathBuf,
    /// Output file: .csv, .jsonl or .parquet.
    #[arg(long)]
    pub out: PathBuf,
    #[command(flatten)]
    pub text: TextArgs,
}

/// Bundled files are found next to the working directory, else in the source tree.
pub fn bundled(relative: &str) -> PathBuf {
    let here = PathBuf::from(relative);
    if here.exists() { here } else { Path::new(env!("CARGO_MANIFEST_DIR")).join(relative) }
}

pub fn load_lexicon(dir: Option<&Path>) -> anyhow::Result<Lexicon> {
    let dir = dir.map(Path::to_path_buf).unwrap_or_else(|| bundled("lexicon"));
    Ok(Lexicon::load(&dir)?)
}

/// Options of the text stage shared by audit, extract and eval-text.
#[derive(Debug, Clone, clap::Args)]
pub struct TextArgs {
    /// Lexicon folder. Default: the bundled lexicon/.
    #[arg(long)]
    pub lexicon: Option<PathBuf>,
    /// Use the small text model beside the lexicon (on), or not (off).
    #[arg(long, value_enum, default_value = "on")]
    pub text_model: TextModelMode,
    /// Text model card. Default: the bundled models/text-nl/card.toml.
    #[arg(long)]
    pub text_model_card: Option<PathBuf>,
}

impl TextArgs {
    /// For audit and extract: the model alone is an ablation, not a product mode.
    pub fn product_reader(&self) -> anyhow::Result<TextReader> {
        if self.text_model == TextModelMode::Only {
            bail!("--text-model only is for eval-text (ablation); use on or off");
        }
        self.reader()
    }

    pub fn reader(&self) -> anyhow::Result<TextReader> {
        let lexicon = load_lexicon(self.lexicon.as_deref())?;
        let model = match self.text_model {
            TextModelMode::Off => None,
            _ => {
                let card = self.text_model_card.clone().unwrap_or_else(|| bundled("models/text-nl/card.toml"));
                Some(TextModel::load(&card)?)
            }
        };
        Ok(TextReader { lexicon, model, mode: self.text_model })
    }
}

fn threads(n: Option<usize>) -> anyhow::Result<usize> {
    match n {
        Some(0) => bail!("--threads must be at least 1"),
        Some(n) => Ok(n),
        None => Ok(std::thread::available_parallelism().map_or(1, |n| n.get())),
    }
}

impl AuditArgs {
    pub fn into_config(self) -> anyhow::Result<AuditConfig> {
        if !self.studies_dir.is_dir() {
            bail!("studies folder {} does not exist or is not a folder", self.studies_dir.display());
        }
        if !self.reports.is_file() {
            bail!("reports file {} does not exist", self.reports.display());
        }
        crate::ingest::reports::ReportFormat::from_path(&self.reports)?;
        if let Some(m) = &self.images_manifest
            && !m.is_file() {
                bail!("images manifest {} does not exist", m.display());
            }
        let card_path = self.model.unwrap_or_else(|| bundled("models/cxr-demo/card.toml"));
        let card = ModelCard::load(&card_path)?;
        let scorer = match &self.ai_scores {
            Some(path) => {
                let thresholds = Finding::ALL.map(|f| card.heads[f.index()].as_ref().map(|h| h.threshold));
                Scorer::Provided { scores: ProvidedScores::load(path, thresholds)?, card }
            }
            None => Scorer::Model(ImageModel::load(card)?),
        };
        let text = self.text.product_reader()?;
        let mut already_audited = std::collections::HashSet::new();
        for earlier in &self.skip_audited {
            already_audited.extend(crate::output::audited_keys(earlier)?);
        }
        std::fs::create_dir_all(&self.out).with_context(|| format!("cannot create output folder {}", self.out.display()))?;
        Ok(AuditConfig {
            studies_dir: self.studies_dir,
            reports: self.reports,
            images_manifest: self.images_manifest,
            out_dir: self.out,
            scorer,
            text,
            threads: threads(self.threads)?,
            progress: crate::pipeline::stderr_is_terminal(),
            shard: self.shard.unwrap_or(crate::pair::Shard::ALL),
            already_audited,
        })
    }
}
