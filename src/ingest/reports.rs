//! Reports files: CSV (UTF-8, or Windows-1252 detected and decoded), JSONL or Parquet.
//!
//! Columns: `accession_number` (or `id`), `report_text`, optional `study_instance_uid` and
//! `report_date`. Rows that cannot be used become [`ItemError`]s; the rest go on.

use std::path::Path;

use anyhow::{Context, bail};

use crate::records::{ItemError, Report};

/// The report file formats we read, chosen by extension.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReportFormat {
    Csv,
    Jsonl,
    Parquet,
}

impl ReportFormat {
    pub fn from_path(path: &Path) -> anyhow::Result<Self> {
        let ext = path.extension().and_then(|e| e.to_str()).unwrap_or("").to_ascii_lowercase();
        Ok(match ext.as_str() {
            "csv" | "txt" | "tsv" => ReportFormat::Csv,
            "jsonl" | "ndjson" | "json" => ReportFormat::Jsonl,
            "parquet" | "pq" => ReportFormat::Parquet,
            _ => bail!("{}: unknown report file type '.{ext}' (use .csv, .jsonl or .parquet)", path.display()),
        })
    }
}

/// Reads all reports of a file. Fails only when the file as a whole is unusable.
pub fn read_reports(path: &Path) -> anyhow::Result<(Vec<Report>, Vec<ItemError>)> {
    let rows = match ReportFormat::from_path(path)? {
        ReportFormat::Csv => read_csv(path)?,
        ReportFormat::Jsonl => read_jsonl(path)?,
        ReportFormat::Parquet => read_parquet(path)?,
    };
    let mut reports = Vec::with_capacity(rows.len());
    let mut errors = Vec::new();
    for row in rows {
        match row {
            Ok(r) if r.accession_number.trim().is_empty() => {
                errors.push(ItemError::new(r.source, "reports", "report without accession_number (or id)"))
            }
            Ok(r) if r.text.trim().is_empty() => errors.push(ItemError::new(
                format!("{} ({})", r.accession_number, r.source),
                "reports",
                "empty report_text",
            )),
            Ok(r) => reports.push(r),
            Err(e) => errors.push(e),
        }
    }
    Ok((reports, errors))
}

type Row = Result<Report, ItemError>;

/// Decodes bytes as UTF-8 when valid (BOM stripped), else as Windows-1252, the other encoding
/// Dutch hospital exports come in. Returns the text and the encoding name.
pub fn decode_text(bytes: &[u8]) -> (String, &'static str) {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    match std::str::from_utf8(bytes) {
        Ok(s) => (s.to_owned(), "UTF-8"),
        Err(_) => {
            let (text, _, _) = encoding_rs::WINDOWS_1252.decode(bytes);
            (text.into_owned(), "windows-1252")
        }
    }
}

struct Columns {
    id: usize,
    text: usize,
    uid: Option<usize>,
    date: Option<usize>,
}

fn find_columns(path: &Path, headers: &[String]) -> anyhow::Result<Columns> {
    let col = |names: &[&str]| headers.iter().position(|h| names.iter().any(|n| h.trim().eq_ignore_ascii_case(n)));
    let (Some(id), Some(text)) = (col(&["accession_number", "id"]), col(&["report_text", "text"])) else {
        bail!(
            "{}: needs the columns accession_number (or id) and report_text; found: {}",
            path.display(),
            headers.join(", ")
        );
    };
    Ok(Columns { id, text, uid: col(&["study_instance_uid"]), date: col(&["report_date"]) })
}

fn read_csv(path: &Path) -> anyhow::Result<Vec<Row>> {
    let bytes = std::fs::read(path).with_context(|| format!("cannot read reports file {}", path.display()))?;
    let (text, _encoding) = decode_text(&bytes);
    let delimiter = sniff_delimiter(&text);
    let mut reader = csv::ReaderBuilder::new().delimiter(delimiter).flexible(true).from_reader(text.as_bytes());
    let headers: Vec<String> = reader.headers()?.iter().map(str::to_owned).collect();
    let cols = find_columns(path, &headers)?;
    let name = path.display().to_string();
    let mut rows = Vec::new();
    for record in reader.records() {
        match record {
            Ok(rec) => {
                let line = rec.position().map_or(0, |p| p.line());
                let get = |c: usize| rec.get(c).unwrap_or("").to_owned();
                let opt = |c: Option<usize>| c.map(get).filter(|s| !s.trim().is_empty());
                rows.push(Ok(Report {
                    accession_number: get(cols.id).trim().to_owned(),
                    text: get(cols.text),
                    study_instance_uid: opt(cols.uid).map(|s| s.trim().to_owned()),
                    report_date: opt(cols.date).map(|s| s.trim().to_owned()),
                    source: format!("{name} line {line}"),
                }));
            }
            Err(e) => rows.push(Err(ItemError::new(name.clone(), "reports", format!("unreadable CSV row: {e}")))),
        }
    }
    Ok(rows)
}

/// Comma unless the header line has more semicolons (Dutch Excel exports use ';').
fn sniff_delimiter(text: &str) -> u8 {
    let header = text.lines().next().unwrap_or("");
    if header.matches(';').count() > header.matches(',').count() { b';' } else { b',' }
}

fn read_jsonl(path: &Path) -> anyhow::Result<Vec<Row>> {
    let bytes = std::fs::read(path).with_context(|| format!("cannot read reports file {}", path.display()))?;
    let (text, _) = decode_text(&bytes);
    let name = path.display().to_string();
    let mut rows = Vec::new();
    for (i, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let source = format!("{name} line {}", i + 1);
        let value: serde_json::Value = match serde_json::from_str(line) {
            Ok(v) => v,
            Err(e) => {
                rows.push(Err(ItemError::new(source, "reports", format!("invalid JSON: {e}"))));
                continue;
            }
        };
        let field = |names: &[&str]| {
            names.iter().find_map(|n| match value.get(*n) {
                Some(serde_json::Value::String(s)) => Some(s.clone()),
                Some(serde_json::Value::Number(x)) => Some(x.to_string()),
                _ => None,
            })
        };
        rows.push(Ok(Report {
            accession_number: field(&["accession_number", "id"]).unwrap_or_default().trim().to_owned(),
            text: field(&["report_text", "text"]).unwrap_or_default(),
            study_instance_uid: field(&["study_instance_uid"]).filter(|s| !s.is_empty()),
            report_date: field(&["report_date"]).filter(|s| !s.is_empty()),
            source,
        }));
    }
    Ok(rows)
}

fn read_parquet(path: &Path) -> anyhow::Result<Vec<Row>> {
    use polars::prelude::*;
    let file = std::fs::File::open(path).with_context(|| format!("cannot read reports file {}", path.display()))?;
    let df = ParquetReader::new(file).finish().map_err(|e| anyhow::anyhow!("{}: not a readable Parquet file: {e}", path.display()))?;
    let headers: Vec<String> = df.get_column_names().iter().map(|s| s.to_string()).collect();
    let cols = find_columns(path, &headers)?;
    let column = |i: usize| crate::table::str_column(&df, &headers[i]);
    let ids = column(cols.id)?;
    let texts = column(cols.text)?;
    let uids = cols.uid.map(column).transpose()?;
    let dates = cols.date.map(column).transpose()?;
    let name = path.display().to_string();
    Ok((0..df.height())
        .map(|i| {
            Ok(Report {
                accession_number: ids[i].clone().unwrap_or_default().trim().to_owned(),
                text: texts[i].clone().unwrap_or_default(),
                study_instance_uid: uids.as_ref().and_then(|u| u[i].clone()).filter(|s| !s.is_empty()),
                report_date: dates.as_ref().and_then(|d| d[i].clone()).filter(|s| !s.is_empty()),
                source: format!("{name} row {}", i + 1),
            })
        })
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn windows_1252_diacritics_survive() {
        // "één geïnfiltreerd" in Windows-1252.
        let bytes = b"\xE9\xE9n ge\xEFnfiltreerd";
        let (text, enc) = decode_text(bytes);
        assert_eq!(text, "één geïnfiltreerd");
        assert_eq!(enc, "windows-1252");
        let (text, enc) = decode_text("\u{feff}één".as_bytes());
        assert_eq!((text.as_str(), enc), ("één", "UTF-8"));
    }
}
