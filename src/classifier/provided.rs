//! Bring your own AI scores: a hospital's existing AI output instead of our inference.
//!
//! File: CSV or Parquet with `sop_instance_uid` or `accession_number` (or both), `finding`,
//! `score` in [0, 1], optional `threshold`. Image-level rows (SOP UID) win over study-level rows
//! (accession). Without a threshold column the model card's thresholds are used.

use std::collections::HashMap;
use std::path::Path;

use anyhow::{Context, bail};
use polars::prelude::SerReader;

use crate::finding::Finding;
use crate::records::ImageMeta;

/// Scores read from a file, keyed by image and by study.
#[derive(Debug, Clone)]
pub struct ProvidedScores {
    /// "scores:<file name>+sha256:<12 hex>".
    pub id: String,
    by_sop: HashMap<String, [Option<(f32, f32)>; 3]>,
    by_accession: HashMap<String, [Option<(f32, f32)>; 3]>,
    /// Scores found per finding, for the run summary.
    pub rows: usize,
}

impl ProvidedScores {
    /// Reads and validates the whole file; any bad row fails here, before the run starts.
    pub fn load(path: &Path, default_thresholds: [Option<f32>; 3]) -> anyhow::Result<Self> {
        let bytes = std::fs::read(path).with_context(|| format!("cannot read AI scores file {}", path.display()))?;
        let ext = path.extension().and_then(|e| e.to_str()).unwrap_or("").to_ascii_lowercase();
        let df = match ext.as_str() {
            "parquet" | "pq" => polars::prelude::ParquetReader::new(std::io::Cursor::new(bytes.clone()))
                .finish()
                .map_err(|e| anyhow::anyhow!("{}: not a readable Parquet file: {e}", path.display()))?,
            "csv" => {
                use polars::prelude::*;
                CsvReadOptions::default()
                    .with_has_header(true)
                    .with_infer_schema_length(Some(0))
                    .into_reader_with_file_handle(std::io::Cursor::new(bytes.clone()))
                    .finish()
                    .map_err(|e| anyhow::anyhow!("{}: not a readable CSV file: {e}", path.display()))?
            }
            other => bail!("{}: unknown AI scores file type '.{other}' (use .csv or .parquet)", path.display()),
        };
        let names: Vec<String> = df.get_column_names().iter().map(|s| s.to_string()).collect();
        let has = |c: &str| names.iter().any(|n| n == c);
        if !has("finding") || !has("score") || !(has("sop_instance_uid") || has("accession_number")) {
            bail!(
                "{}: needs columns finding, score and sop_instance_uid or accession_number (found: {})",
                path.display(),
                names.join(", ")
            );
        }
        let col = |c: &str| -> anyhow::Result<Option<Vec<Option<String>>>> {
            if has(c) { Ok(Some(crate::table::str_column(&df, c)?)) } else { Ok(None) }
        };
        let (sops, accs, findings, scores, thresholds) =
            (col("sop_instance_uid")?, col("accession_number")?, col("finding")?.unwrap(), col("score")?.unwrap(), col("threshold")?);
        let mut by_sop: HashMap<String, [Option<(f32, f32)>; 3]> = HashMap::new();
        let mut by_accession: HashMap<String, [Option<(f32, f32)>; 3]> = HashMap::new();
        for i in 0..df.height() {
            let line = i + 2;
            let bad = |why: String| anyhow::anyhow!("{} row {line}: {why}", path.display());
            let finding: Finding = findings[i].as_deref().unwrap_or("").parse().map_err(bad)?;
            let number = |v: Option<&str>, what: &str| -> anyhow::Result<f32> {
                let v = v.unwrap_or("").trim();
                let x: f32 = v.parse().map_err(|_| bad(format!("{what} '{v}' is not a number")))?;
                if !(0.0..=1.0).contains(&x) {
                    return Err(bad(format!("{what} {x} is outside [0, 1]")));
                }
                Ok(x)
            };
            let score = number(scores[i].as_deref(), "score")?;
            let threshold = match thresholds.as_ref().and_then(|t| t[i].as_deref()).filter(|t| !t.trim().is_empty()) {
                Some(t) => number(Some(t), "threshold")?,
                None => default_thresholds[finding.index()].ok_or_else(|| {
                    bad(format!("no threshold column and the model card has no threshold for {finding}"))
                })?,
            };
            let key = |v: &Option<Vec<Option<String>>>| v.as_ref().and_then(|v| v[i].clone()).filter(|s| !s.trim().is_empty());
            let entry = match (key(&sops), key(&accs)) {
                (Some(sop), _) => by_sop.entry(sop).or_default(),
                (None, Some(acc)) => by_accession.entry(acc).or_default(),
                (None, None) => return Err(bad("neither sop_instance_uid nor accession_number".into())),
            };
            entry[finding.index()] = Some((score, threshold));
        }
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("scores");
        let sha = crate::classifier::card::hex_sha256(&bytes);
        Ok(ProvidedScores { id: format!("scores:{name}+sha256:{}", &sha[..12]), by_sop, by_accession, rows: df.height() })
    }

    /// (score, threshold) per finding for one image: its own row, else its study's row.
    pub fn for_image(&self, img: &ImageMeta) -> Option<[Option<(f32, f32)>; 3]> {
        self.by_sop.get(&img.sop_instance_uid).or_else(|| self.by_accession.get(&img.accession_number)).copied()
    }
}
