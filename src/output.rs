//! Stage 6, output: tables written atomically.
//!
//! Every file is written to a temporary name in its destination folder and renamed into place
//! only when complete, so a crash or a full disk never leaves a half-written table. `run.json`
//! is written last: its presence marks a finished run.

use std::io::Write;
use std::path::Path;

use anyhow::Context;
use polars::prelude::*;
use serde::Serialize;

use crate::finding::Discrepancy;
use crate::records::{FindingRow, ItemError};

/// Writes `path` through a temporary file in the same folder, renamed when `write` succeeds.
pub fn atomic_write(path: &Path, write: impl FnOnce(&mut std::fs::File) -> anyhow::Result<()>) -> anyhow::Result<()> {
    let dir = path.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir).with_context(|| format!("cannot create folder {}", dir.display()))?;
    let mut tmp = tempfile::Builder::new()
        .prefix(&format!(".{}.", path.file_name().and_then(|n| n.to_str()).unwrap_or("out")))
        .suffix(".tmp")
        .tempfile_in(dir)
        .with_context(|| format!("cannot create a temporary file in {}", dir.display()))?;
    write(tmp.as_file_mut()).with_context(|| format!("while writing {}", path.display()))?;
    tmp.as_file_mut().sync_all()?;
    // tempfile creates 0600; outputs are shared with the review team like any other file.
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        tmp.as_file().set_permissions(std::fs::Permissions::from_mode(0o644))?;
    }
    tmp.persist(path).with_context(|| format!("cannot move the finished file to {}", path.display()))?;
    Ok(())
}

/// Table formats, chosen by file extension.
pub fn write_frame(df: &mut DataFrame, path: &Path) -> anyhow::Result<()> {
    let ext = path.extension().and_then(|e| e.to_str()).unwrap_or("").to_ascii_lowercase();
    atomic_write(path, |f| {
        match ext.as_str() {
            "parquet" => {
                ParquetWriter::new(f).with_compression(ParquetCompression::Zstd(None)).finish(df)?;
            }
            "csv" => CsvWriter::new(f).include_header(true).finish(df)?,
            other => anyhow::bail!("unknown table format '.{other}' (use .parquet or .csv)"),
        }
        Ok(())
    })
}

/// Writes serialisable rows as JSON lines.
pub fn write_jsonl<T: Serialize>(rows: &[T], path: &Path) -> anyhow::Result<()> {
    atomic_write(path, |f| {
        let mut w = std::io::BufWriter::new(f);
        for r in rows {
            serde_json::to_writer(&mut w, r)?;
            w.write_all(b"\n")?;
        }
        w.flush()?;
        Ok(())
    })
}

/// The study keys (accession numbers and study instance UIDs) in a finished audit: `path` is an
/// audit folder or its findings.parquet. For `audit --skip-audited`.
pub fn audited_keys(path: &Path) -> anyhow::Result<std::collections::HashSet<String>> {
    let file = if path.is_dir() { path.join("findings.parquet") } else { path.to_owned() };
    let df = std::fs::File::open(&file)
        .map_err(anyhow::Error::from)
        .and_then(|f| Ok(ParquetReader::new(f).with_columns(Some(vec!["accession_number".into(), "study_instance_uid".into()])).finish()?))
        .with_context(|| format!("cannot read the earlier audit {}", file.display()))?;
    let mut keys = std::collections::HashSet::new();
    for column in ["accession_number", "study_instance_uid"] {
        let values = crate::table::str_column(&df, column).map_err(|e| anyhow::anyhow!("{}: column {column}: {e}", file.display()))?;
        keys.extend(values.into_iter().flatten().filter(|v| !v.is_empty()));
    }
    Ok(keys)
}

/// Writes the audit tables: findings.parquet, discrepancies.csv, errors.csv.
pub fn write_audit_tables(out: &Path, rows: &[FindingRow], errors: &[ItemError]) -> anyhow::Result<()> {
    let mut findings = FindingRow::to_frame(rows)?;
    write_frame(&mut findings, &out.join("findings.parquet"))?;
    let mut flagged: Vec<FindingRow> = rows.iter().filter(|r| r.discrepancy != Discrepancy::None).cloned().collect();
    flagged.sort_by(|a, b| {
        b.priority
            .total_cmp(&a.priority)
            .then_with(|| a.accession_number.cmp(&b.accession_number))
            .then_with(|| a.finding.cmp(&b.finding))
    });
    write_frame(&mut FindingRow::to_frame(&flagged)?, &out.join("discrepancies.csv"))?;
    write_frame(&mut ItemError::to_frame(errors)?, &out.join("errors.csv"))?;
    Ok(())
}

pub fn write_json<T: Serialize>(value: &T, path: &Path) -> anyhow::Result<()> {
    atomic_write(path, |f| {
        serde_json::to_writer_pretty(&mut *f, value)?;
        f.write_all(b"\n")?;
        Ok(())
    })
}

/// A plain-text summary of the flagged rows, highest priority first, for the terminal.
/// Only accession numbers, scores and statuses: no report text, names or patient IDs.
pub fn flagged_summary(rows: &[FindingRow], limit: usize) -> String {
    let mut flagged: Vec<&FindingRow> = rows.iter().filter(|r| r.discrepancy != Discrepancy::None).collect();
    flagged.sort_by(|a, b| b.priority.total_cmp(&a.priority).then_with(|| a.accession_number.cmp(&b.accession_number)));
    let header = ["accession_number", "finding", "discrepancy", "ai_score", "threshold", "report_status", "trigger"];
    let mut table: Vec<[String; 7]> = vec![header.map(str::to_owned)];
    for r in flagged.iter().take(limit) {
        table.push([
            r.accession_number.clone(),
            r.finding.to_string(),
            r.discrepancy.to_string(),
            format!("{:.3}", r.ai_score),
            format!("{:.3}", r.ai_threshold),
            r.report_status.to_string(),
            r.trigger.chars().take(30).collect(),
        ]);
    }
    let widths: Vec<usize> = (0..7).map(|c| table.iter().map(|row| row[c].chars().count()).max().unwrap_or(0)).collect();
    let mut out = String::new();
    for row in &table {
        let cells: Vec<String> = row.iter().zip(&widths).map(|(c, w)| format!("{c:<w$}")).collect();
        out.push_str(cells.join("  ").trim_end());
        out.push('\n');
    }
    if flagged.len() > limit {
        out.push_str(&format!("... and {} more in discrepancies.csv\n", flagged.len() - limit));
    }
    out
}
