//! `dubbelcheck stats`: missed-finding statistics over one or more audit folders.
//!
//! Takes `findings.parquet` of each folder (archive years can be combined) and optionally a
//! reviewers' `verdicts.csv`; gives per finding (and per group: institution, modality,
//! manufacturer or month) the number of studies, AI-positive and report-positive rates,
//! discrepancy counts and rates by type with Wilson 95% intervals, and with verdicts the
//! confirmed missed-finding rate and the positive predictive value of flags.
//!
//! Steps: [`read_findings`] per folder -> [`combine`] (one row per study and finding, the later
//! folder wins) -> [`read_verdicts`] (the latest verdict per study and finding wins) ->
//! [`compute`] ([`StatsRow`]s, the table's schema) -> [`render`] (stdout), `stats.csv`,
//! `stats.parquet`, and with `--plot` `stats.png` ([`chart`]).

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
// fmt and FromStr: for the impls that str_enum! writes for Verdict.
use std::fmt;
use std::path::{Path, PathBuf};
use std::str::FromStr;

use polars::prelude::*;

use crate::finding::{Discrepancy, Finding, ReportStatus, str_enum};
use crate::table::{str_column, table_record};

pub mod chart;

/// Grouping for `--by`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum GroupBy {
    Institution,
    Modality,
    Manufacturer,
    Month,
}

/// Options of one `stats` run, validated by the CLI.
#[derive(Debug, Clone)]
pub struct StatsConfig {
    pub audit_dirs: Vec<PathBuf>,
    pub verdicts: Option<PathBuf>,
    pub by: Option<GroupBy>,
    /// Folder for stats.csv, stats.parquet (and charts with `plot`).
    pub out_dir: PathBuf,
    pub plot: bool,
}

/// Value of `by` and `group` for the rows over all studies.
pub const ALL: &str = "all";
/// Value of `finding` for the rows where a study counts when any of its findings qualifies.
pub const ANY_FINDING: &str = "any";
/// Group value for studies whose header left the grouping column empty (or a date unreadable).
pub const UNKNOWN_GROUP: &str = "(unknown)";

// ---------------------------------------------------------------------------------------------
// Wilson score interval
// ---------------------------------------------------------------------------------------------

/// Two-sided 95% standard normal quantile, Φ⁻¹(0.975).
pub const Z_95: f64 = 1.959964;

/// A count out of `n` with its Wilson 95% score interval.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Proportion {
    pub count: u64,
    pub n: u64,
    pub rate: f64,
    pub low: f64,
    pub high: f64,
}

/// Wilson score interval for `count` successes out of `n` at z = [`Z_95`]; `None` when n = 0.
///
/// With p̂ = count/n:
///
/// ```text
///           p̂ + z²/2n  ±  z·√( p̂(1−p̂)/n + z²/4n² )
/// bounds = ───────────────────────────────────────────
///                        1 + z²/n
/// ```
///
/// E. B. Wilson (1927), "Probable inference, the law of succession, and statistical inference",
/// JASA 22:209–212; method 3 in R. G. Newcombe (1998), "Two-sided confidence intervals for the
/// single proportion", Statistics in Medicine 17:857–872. Unlike the Wald interval it stays
/// inside [0, 1] and is not degenerate at 0/n, which matters for rare misses (0.1% of 25,104).
pub fn wilson(count: u64, n: u64) -> Option<Proportion> {
    if n == 0 {
        return None;
    }
    assert!(count <= n, "wilson: count {count} > n {n}");
    let (x, nf, z2) = (count as f64, n as f64, Z_95 * Z_95);
    let p = x / nf;
    let denom = 1.0 + z2 / nf;
    let centre = (p + z2 / (2.0 * nf)) / denom;
    let half = Z_95 / denom * (p * (1.0 - p) / nf + z2 / (4.0 * nf * nf)).sqrt();
    // The bounds are exactly 0 at count = 0 and exactly 1 at count = n; say so despite rounding.
    let low = if count == 0 { 0.0 } else { (centre - half).max(0.0) };
    let high = if count == n { 1.0 } else { (centre + half).min(1.0) };
    Some(Proportion { count, n, rate: p, low, high })
}

// ---------------------------------------------------------------------------------------------
// Errors
// ---------------------------------------------------------------------------------------------

/// Bad input to `stats`; every variant names the file.
#[derive(Debug, thiserror::Error)]
pub enum StatsError {
    #[error("{}: cannot read: {reason}", .path.display())]
    Unreadable { path: PathBuf, reason: String },
    #[error("{}: missing column '{column}' (columns found: {found})", .path.display())]
    MissingColumn { path: PathBuf, column: &'static str, found: String },
    #[error("{}: {location}: {reason}", .path.display())]
    BadValue { path: PathBuf, location: String, reason: String },
}

// ---------------------------------------------------------------------------------------------
// Input: audit rows
// ---------------------------------------------------------------------------------------------

/// The columns of `findings.parquet` (see [`crate::records::FindingRow`]) that `stats` reads.
pub const FINDINGS_COLUMNS: [&str; 9] = [
    "accession_number",
    "finding",
    "study_date",
    "institution",
    "manufacturer",
    "modality",
    "ai_positive",
    "report_status",
    "discrepancy",
];

/// One study and finding, as far as `stats` needs it.
#[derive(Debug, Clone, PartialEq)]
pub struct AuditRow {
    pub accession_number: String,
    pub finding: Finding,
    pub study_date: String,
    pub institution: String,
    pub manufacturer: String,
    pub modality: String,
    pub ai_positive: bool,
    pub report_status: ReportStatus,
    pub discrepancy: Discrepancy,
}

/// Reads the rows of one `findings.parquet`.
pub fn read_findings(path: &Path) -> Result<Vec<AuditRow>, StatsError> {
    let unreadable = |reason: String| StatsError::Unreadable { path: path.to_owned(), reason };
    let file = std::fs::File::open(path).map_err(|e| unreadable(e.to_string()))?;
    let df = ParquetReader::new(file).finish().map_err(|e| unreadable(e.to_string()))?;
    let names: Vec<String> = df.get_column_names().iter().map(|c| c.to_string()).collect();
    if let Some(column) = FINDINGS_COLUMNS.iter().find(|c| !names.iter().any(|n| n == *c)) {
        return Err(StatsError::MissingColumn { path: path.to_owned(), column, found: names.join(", ") });
    }
    let bad_column = |column: &str, reason: String| StatsError::BadValue {
        path: path.to_owned(),
        location: format!("column {column}"),
        reason,
    };
    let bad = |row: usize, column: &str, reason: String| StatsError::BadValue {
        path: path.to_owned(),
        location: format!("row {} column {column}", row + 1),
        reason,
    };
    let text = |column: &'static str| -> Result<Vec<String>, StatsError> {
        let values = str_column(&df, column).map_err(|e| bad_column(column, e.to_string()))?;
        Ok(values.into_iter().map(Option::unwrap_or_default).collect())
    };
    let accession = text("accession_number")?;
    let finding = text("finding")?;
    let study_date = text("study_date")?;
    let institution = text("institution")?;
    let manufacturer = text("manufacturer")?;
    let modality = text("modality")?;
    let report_status = text("report_status")?;
    let discrepancy = text("discrepancy")?;
    let ai_positive: Vec<Option<bool>> = df
        .column("ai_positive")
        .and_then(|c| c.bool().map(|b| b.iter().collect()))
        .map_err(|e| bad_column("ai_positive", format!("expected a boolean column: {e}")))?;

    let mut rows = Vec::with_capacity(df.height());
    for i in 0..df.height() {
        if accession[i].is_empty() {
            return Err(bad(i, "accession_number", "empty accession number".into()));
        }
        rows.push(AuditRow {
            accession_number: accession[i].clone(),
            finding: finding[i].parse().map_err(|e| bad(i, "finding", e))?,
            study_date: study_date[i].clone(),
            institution: institution[i].clone(),
            manufacturer: manufacturer[i].clone(),
            modality: modality[i].clone(),
            ai_positive: ai_positive[i].ok_or_else(|| bad(i, "ai_positive", "missing value".into()))?,
            report_status: report_status[i].parse().map_err(|e| bad(i, "report_status", e))?,
            discrepancy: discrepancy[i].parse().map_err(|e| bad(i, "discrepancy", e))?,
        });
    }
    Ok(rows)
}

/// Rows of several audit folders with each study and finding kept once.
#[derive(Debug, Clone, Default)]
pub struct Combined {
    /// Ordered by accession number, then finding.
    pub rows: Vec<AuditRow>,
    /// Rows read per folder, in command-line order.
    pub per_folder: Vec<(PathBuf, usize)>,
    /// Rows dropped because a later folder had the same accession number and finding.
    pub duplicate_rows: usize,
    /// Distinct studies among those dropped rows.
    pub duplicate_studies: usize,
}

/// Concatenates folders' rows; the same accession number and finding is kept once, from the
/// folder that comes later on the command line (a re-run supersedes an earlier one).
pub fn combine(folders: Vec<(PathBuf, Vec<AuditRow>)>) -> Combined {
    let mut kept: BTreeMap<(String, Finding), AuditRow> = BTreeMap::new();
    let mut per_folder = Vec::new();
    let mut duplicate_rows = 0;
    let mut duplicate_studies: BTreeSet<String> = BTreeSet::new();
    for (dir, rows) in folders {
        per_folder.push((dir, rows.len()));
        for row in rows {
            let accession = row.accession_number.clone();
            if kept.insert((accession.clone(), row.finding), row).is_some() {
                duplicate_rows += 1;
                duplicate_studies.insert(accession);
            }
        }
    }
    Combined {
        rows: kept.into_values().collect(),
        per_folder,
        duplicate_rows,
        duplicate_studies: duplicate_studies.len(),
    }
}

// ---------------------------------------------------------------------------------------------
// Input: reviewers' verdicts
// ---------------------------------------------------------------------------------------------

/// A reviewer's judgement of one flagged study and finding (the review page's vocabulary).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Verdict {
    /// The finding is on the image and the report missed it.
    ConfirmedMissed,
    /// The finding is there but does not matter clinically (old, known, trivial).
    ConfirmedNotRelevant,
    /// The image does not show the finding.
    AiFalsePositive,
    /// The report does mention it; the text engine read it wrongly.
    ReportMisread,
}

str_enum!(Verdict, "verdict", [
    ConfirmedMissed => "confirmed_missed",
    ConfirmedNotRelevant => "confirmed_not_relevant",
    AiFalsePositive => "ai_false_positive",
    ReportMisread => "report_misread",
]);

impl Verdict {
    pub const ALL: [Verdict; 4] =
        [Verdict::ConfirmedMissed, Verdict::ConfirmedNotRelevant, Verdict::AiFalsePositive, Verdict::ReportMisread];
}

/// Columns `verdicts.csv` must have (`reviewer` is kept by the review page but not used here).
pub const VERDICTS_COLUMNS: [&str; 4] = ["accession_number", "finding", "verdict", "timestamp"];

/// The verdicts in force: the latest per accession number and finding.
#[derive(Debug, Clone, Default)]
pub struct Verdicts {
    pub latest: BTreeMap<(String, Finding), Verdict>,
    /// Data lines in the file.
    pub lines: usize,
    /// Lines replaced by a later verdict for the same study and finding.
    pub superseded: usize,
}

/// Reads `verdicts.csv`: accession_number, finding, verdict, reviewer, timestamp (ISO 8601).
/// For the same accession number and finding the latest timestamp wins; on equal timestamps,
/// the later line.
pub fn read_verdicts(path: &Path) -> Result<Verdicts, StatsError> {
    let unreadable = |reason: String| StatsError::Unreadable { path: path.to_owned(), reason };
    let mut reader =
        csv::ReaderBuilder::new().trim(csv::Trim::All).from_path(path).map_err(|e| unreadable(e.to_string()))?;
    let headers = reader.headers().map_err(|e| unreadable(e.to_string()))?.clone();
    let mut index = [0usize; 4];
    for (slot, column) in index.iter_mut().zip(VERDICTS_COLUMNS) {
        *slot = headers.iter().position(|h| h.trim_start_matches('\u{feff}') == column).ok_or_else(|| {
            StatsError::MissingColumn {
                path: path.to_owned(),
                column,
                found: headers.iter().collect::<Vec<_>>().join(", "),
            }
        })?;
    }
    let mut latest: BTreeMap<(String, Finding), (i64, Verdict)> = BTreeMap::new();
    let mut out = Verdicts::default();
    for record in reader.records() {
        let record = record.map_err(|e| unreadable(e.to_string()))?;
        let line = record.position().map_or(0, |p| p.line());
        let bad =
            |reason: String| StatsError::BadValue { path: path.to_owned(), location: format!("line {line}"), reason };
        let field = |i: usize| record.get(index[i]).unwrap_or("");
        if record.iter().all(str::is_empty) {
            continue;
        }
        out.lines += 1;
        let accession = field(0);
        if accession.is_empty() {
            return Err(bad("empty accession_number".into()));
        }
        let finding: Finding = field(1).parse().map_err(bad)?;
        let verdict: Verdict = field(2).parse().map_err(bad)?;
        let when = parse_timestamp(field(3))
            .ok_or_else(|| bad(format!("timestamp '{}' is not ISO 8601 (e.g. 2024-05-01T09:30:00Z)", field(3))))?;
        match latest.entry((accession.to_owned(), finding)) {
            std::collections::btree_map::Entry::Vacant(e) => {
                e.insert((when, verdict));
            }
            std::collections::btree_map::Entry::Occupied(mut e) => {
                out.superseded += 1;
                if when >= e.get().0 {
                    e.insert((when, verdict));
                }
            }
        }
    }
    out.latest = latest.into_iter().map(|(k, (_, v))| (k, v)).collect();
    Ok(out)
}

/// Milliseconds since 1970-01-01 UTC for `YYYY-MM-DD[(T| )HH:MM[:SS[.fff]]][Z|±HH[:]MM]`.
/// A time without an offset is taken as UTC.
pub fn parse_timestamp(s: &str) -> Option<i64> {
    let b = s.trim().as_bytes();
    let num = |from: usize, len: usize| -> Option<i64> {
        let digits = b.get(from..from + len)?;
        digits.iter().all(u8::is_ascii_digit).then(|| digits.iter().fold(0i64, |n, d| n * 10 + i64::from(d - b'0')))
    };
    let (year, month, day) = (num(0, 4)?, num(5, 2)?, num(8, 2)?);
    if b.get(4) != Some(&b'-') || b.get(7) != Some(&b'-') || !(1..=12).contains(&month) || !(1..=31).contains(&day) {
        return None;
    }
    let mut i = 10;
    let (mut secs, mut millis) = (0i64, 0i64);
    if matches!(b.get(i), Some(b'T' | b't' | b' ')) {
        let (h, m) = (num(i + 1, 2)?, num(i + 4, 2)?);
        if b.get(i + 3) != Some(&b':') || h > 23 || m > 59 {
            return None;
        }
        secs = h * 3600 + m * 60;
        i += 6;
        if b.get(i) == Some(&b':') {
            let sec = num(i + 1, 2)?;
            if sec > 60 {
                return None;
            }
            secs += sec;
            i += 3;
            if matches!(b.get(i), Some(b'.' | b',')) {
                let start = i + 1;
                i = start;
                while b.get(i).is_some_and(u8::is_ascii_digit) {
                    i += 1;
                }
                let frac = &s.trim()[start..i];
                if frac.is_empty() {
                    return None;
                }
                millis = format!("{:0<3}", &frac[..frac.len().min(3)]).parse().ok()?;
            }
        }
        match b.get(i) {
            None => {}
            Some(b'Z' | b'z') if i + 1 == b.len() => {}
            Some(&sign @ (b'+' | b'-')) => {
                let oh = num(i + 1, 2)?;
                let om = match b.len() - (i + 3) {
                    0 => 0,
                    2 => num(i + 3, 2)?,
                    3 if b[i + 3] == b':' => num(i + 4, 2)?,
                    _ => return None,
                };
                let offset = oh * 3600 + om * 60;
                secs -= if sign == b'+' { offset } else { -offset };
            }
            _ => return None,
        }
    } else if i != b.len() {
        return None;
    }
    Some((days_from_civil(year, month, day) * 86_400 + secs) * 1000 + millis)
}

/// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant, "chrono-Compatible
/// Low-Level Date Algorithms", days_from_civil).
fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

// ---------------------------------------------------------------------------------------------
// The table
// ---------------------------------------------------------------------------------------------

table_record! {
    /// One row of `stats.csv` / `stats.parquet`: one finding (or any finding) in one group.
    /// Rates are count / studies (PPV: confirmed_missed / reviewed) with Wilson 95% bounds.
    #[derive(Debug, Clone, PartialEq)]
    pub struct StatsRow {
        /// Grouping column: "all" for the rows over every study, else institution, modality, manufacturer or month.
        pub by: String,
        /// Group value ("all" when by is "all"; "(unknown)" when the header had none; month is YYYY-MM).
        pub group: String,
        /// nodule, pneumothorax, consolidation; or "any": a study counts when any of its findings qualifies.
        pub finding: String,
        /// Distinct accession numbers.
        pub studies: u64,
        /// Studies the AI called positive (score >= threshold).
        pub ai_positive: u64,
        /// ai_positive / studies.
        pub ai_positive_rate: f64,
        /// Wilson 95% lower bound of ai_positive_rate.
        pub ai_positive_low: f64,
        /// Wilson 95% upper bound of ai_positive_rate.
        pub ai_positive_high: f64,
        /// Studies whose report says present or uncertain.
        pub report_positive: u64,
        /// report_positive / studies.
        pub report_positive_rate: f64,
        /// Wilson 95% lower bound of report_positive_rate.
        pub report_positive_low: f64,
        /// Wilson 95% upper bound of report_positive_rate.
        pub report_positive_high: f64,
        /// Studies flagged unreported: AI positive, report absent or silent.
        pub unreported: u64,
        /// unreported / studies.
        pub unreported_rate: f64,
        /// Wilson 95% lower bound of unreported_rate.
        pub unreported_low: f64,
        /// Wilson 95% upper bound of unreported_rate.
        pub unreported_high: f64,
        /// Studies flagged hedged: AI positive, report uncertain.
        pub hedged: u64,
        /// hedged / studies.
        pub hedged_rate: f64,
        /// Wilson 95% lower bound of hedged_rate.
        pub hedged_low: f64,
        /// Wilson 95% upper bound of hedged_rate.
        pub hedged_high: f64,
        /// Studies flagged unconfirmed: report present, AI below threshold.
        pub unconfirmed: u64,
        /// unconfirmed / studies.
        pub unconfirmed_rate: f64,
        /// Wilson 95% lower bound of unconfirmed_rate.
        pub unconfirmed_low: f64,
        /// Wilson 95% upper bound of unconfirmed_rate.
        pub unconfirmed_high: f64,
        /// Studies with any discrepancy (for this finding; for "any", over all findings).
        pub flagged: u64,
        /// flagged / studies.
        pub flagged_rate: f64,
        /// Wilson 95% lower bound of flagged_rate.
        pub flagged_low: f64,
        /// Wilson 95% upper bound of flagged_rate.
        pub flagged_high: f64,
        /// Flagged studies with a verdict (empty without --verdicts).
        pub reviewed: Option<u64>,
        /// Flagged studies with verdict confirmed_missed.
        pub confirmed_missed: Option<u64>,
        /// confirmed_missed / studies.
        pub confirmed_missed_rate: Option<f64>,
        /// Wilson 95% lower bound of confirmed_missed_rate.
        pub confirmed_missed_low: Option<f64>,
        /// Wilson 95% upper bound of confirmed_missed_rate.
        pub confirmed_missed_high: Option<f64>,
        /// Positive predictive value of flags: confirmed_missed / reviewed (empty when none reviewed).
        pub ppv: Option<f64>,
        /// Wilson 95% lower bound of ppv.
        pub ppv_low: Option<f64>,
        /// Wilson 95% upper bound of ppv.
        pub ppv_high: Option<f64>,
        /// Flagged studies with verdict confirmed_not_relevant.
        pub confirmed_not_relevant: Option<u64>,
        /// Flagged studies with verdict ai_false_positive.
        pub ai_false_positive: Option<u64>,
        /// Flagged studies with verdict report_misread.
        pub report_misread: Option<u64>,
    }
}

impl GroupBy {
    pub fn as_str(self) -> &'static str {
        match self {
            GroupBy::Institution => "institution",
            GroupBy::Modality => "modality",
            GroupBy::Manufacturer => "manufacturer",
            GroupBy::Month => "month",
        }
    }

    /// The group a row belongs to; [`UNKNOWN_GROUP`] when the column is empty.
    pub fn group_of(self, row: &AuditRow) -> String {
        let value = match self {
            GroupBy::Institution => row.institution.trim().to_owned(),
            GroupBy::Modality => row.modality.trim().to_owned(),
            GroupBy::Manufacturer => row.manufacturer.trim().to_owned(),
            GroupBy::Month => {
                let d = row.study_date.trim();
                if d.len() == 8 && d.bytes().all(|b| b.is_ascii_digit()) {
                    format!("{}-{}", &d[..4], &d[4..6])
                } else {
                    String::new()
                }
            }
        };
        if value.is_empty() { UNKNOWN_GROUP.to_owned() } else { value }
    }
}

/// The sets of studies behind one [`StatsRow`].
#[derive(Default)]
struct Tally<'a> {
    studies: BTreeSet<&'a str>,
    ai_positive: BTreeSet<&'a str>,
    report_positive: BTreeSet<&'a str>,
    unreported: BTreeSet<&'a str>,
    hedged: BTreeSet<&'a str>,
    unconfirmed: BTreeSet<&'a str>,
    flagged: BTreeSet<&'a str>,
    reviewed: BTreeSet<&'a str>,
    verdicts: [BTreeSet<&'a str>; 4],
}

impl<'a> Tally<'a> {
    fn add(&mut self, row: &'a AuditRow, verdict: Option<Verdict>) {
        let acc = row.accession_number.as_str();
        self.studies.insert(acc);
        if row.ai_positive {
            self.ai_positive.insert(acc);
        }
        if row.report_status.is_reported() {
            self.report_positive.insert(acc);
        }
        match row.discrepancy {
            Discrepancy::Unreported => self.unreported.insert(acc),
            Discrepancy::Hedged => self.hedged.insert(acc),
            Discrepancy::Unconfirmed => self.unconfirmed.insert(acc),
            Discrepancy::None => return,
        };
        self.flagged.insert(acc);
        if let Some(v) = verdict {
            self.reviewed.insert(acc);
            self.verdicts[v as usize].insert(acc);
        }
    }

    fn row(&self, by: &str, group: &str, finding: &str, with_verdicts: bool) -> StatsRow {
        let n = self.studies.len() as u64;
        let of_studies = |set: &BTreeSet<&str>| wilson(set.len() as u64, n).expect("a group has at least one study");
        let [ai, rep, unr, hed, unc, fla] = [
            &self.ai_positive,
            &self.report_positive,
            &self.unreported,
            &self.hedged,
            &self.unconfirmed,
            &self.flagged,
        ]
        .map(of_studies);
        let count = |set: &BTreeSet<&str>| with_verdicts.then_some(set.len() as u64);
        let missed = with_verdicts.then(|| of_studies(&self.verdicts[Verdict::ConfirmedMissed as usize]));
        let ppv = with_verdicts
            .then(|| wilson(self.verdicts[Verdict::ConfirmedMissed as usize].len() as u64, self.reviewed.len() as u64))
            .flatten();
        StatsRow {
            by: by.to_owned(),
            group: group.to_owned(),
            finding: finding.to_owned(),
            studies: n,
            ai_positive: ai.count,
            ai_positive_rate: ai.rate,
            ai_positive_low: ai.low,
            ai_positive_high: ai.high,
            report_positive: rep.count,
            report_positive_rate: rep.rate,
            report_positive_low: rep.low,
            report_positive_high: rep.high,
            unreported: unr.count,
            unreported_rate: unr.rate,
            unreported_low: unr.low,
            unreported_high: unr.high,
            hedged: hed.count,
            hedged_rate: hed.rate,
            hedged_low: hed.low,
            hedged_high: hed.high,
            unconfirmed: unc.count,
            unconfirmed_rate: unc.rate,
            unconfirmed_low: unc.low,
            unconfirmed_high: unc.high,
            flagged: fla.count,
            flagged_rate: fla.rate,
            flagged_low: fla.low,
            flagged_high: fla.high,
            reviewed: count(&self.reviewed),
            confirmed_missed: missed.map(|p| p.count),
            confirmed_missed_rate: missed.map(|p| p.rate),
            confirmed_missed_low: missed.map(|p| p.low),
            confirmed_missed_high: missed.map(|p| p.high),
            ppv: ppv.map(|p| p.rate),
            ppv_low: ppv.map(|p| p.low),
            ppv_high: ppv.map(|p| p.high),
            confirmed_not_relevant: count(&self.verdicts[Verdict::ConfirmedNotRelevant as usize]),
            ai_false_positive: count(&self.verdicts[Verdict::AiFalsePositive as usize]),
            report_misread: count(&self.verdicts[Verdict::ReportMisread as usize]),
        }
    }
}

/// How the verdicts matched the audit rows.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct VerdictUse {
    /// Verdicts (latest per study and finding) on a flagged row: these are counted.
    pub used: usize,
    /// Verdicts whose study and finding are not in the audit folders.
    pub not_in_audit: usize,
    /// Verdicts on a row that these folders do not flag (e.g. the audit was re-run since).
    pub not_flagged: usize,
}

/// Per finding and "any", over all studies and (with `by`) per group: "all" rows first, then
/// groups in sorted order with "(unknown)" last; findings in [`Finding::ALL`] order, then "any".
pub fn compute(rows: &[AuditRow], verdicts: Option<&Verdicts>, by: Option<GroupBy>) -> (Vec<StatsRow>, VerdictUse) {
    let finding_labels: Vec<&str> = Finding::ALL.iter().map(|f| f.as_str()).chain([ANY_FINDING]).collect();
    // Key: (0 = all / 1 = group, unknown group, group value, position in finding_labels).
    let mut tallies: BTreeMap<(u8, bool, String, usize), Tally> = BTreeMap::new();
    let mut used = VerdictUse::default();
    for row in rows {
        let verdict = verdicts.and_then(|v| v.latest.get(&(row.accession_number.clone(), row.finding)).copied());
        if verdict.is_some() {
            if row.discrepancy == Discrepancy::None { used.not_flagged += 1 } else { used.used += 1 }
        }
        let mut groups = vec![(0u8, ALL.to_owned())];
        if let Some(by) = by {
            groups.push((1, by.group_of(row)));
        }
        for (level, group) in groups {
            for f in [row.finding.index(), Finding::ALL.len()] {
                tallies.entry((level, group == UNKNOWN_GROUP, group.clone(), f)).or_default().add(row, verdict);
            }
        }
    }
    if let Some(v) = verdicts {
        used.not_in_audit = v.latest.len() - used.used - used.not_flagged;
    }
    let out = tallies
        .iter()
        .map(|((level, _, group, f), t)| {
            let by_label = if *level == 0 { ALL } else { by.map_or(ALL, GroupBy::as_str) };
            t.row(by_label, group, finding_labels[*f], verdicts.is_some())
        })
        .collect();
    (out, used)
}

// ---------------------------------------------------------------------------------------------
// Printing
// ---------------------------------------------------------------------------------------------

/// A rate in percent: two decimals below 1%, where a tenth would hide the number.
fn pct(x: f64) -> String {
    if x > 0.0 && x < 0.01 { format!("{:.2}%", x * 100.0) } else { format!("{:.1}%", x * 100.0) }
}

/// "49.0-94.3%"
fn interval(low: f64, high: f64) -> String {
    format!("{}-{}", pct(low).trim_end_matches('%'), pct(high))
}

/// "8 80.0% [49.0-94.3%]"
fn cell(count: u64, rate: f64, low: f64, high: f64) -> String {
    format!("{count} {} [{}]", pct(rate), interval(low, high))
}

fn render_table(out: &mut String, rows: &[Vec<String>]) {
    let cols = rows.first().map_or(0, Vec::len);
    let widths: Vec<usize> = (0..cols).map(|c| rows.iter().map(|r| r[c].chars().count()).max().unwrap_or(0)).collect();
    for row in rows {
        let cells: Vec<String> = row.iter().zip(&widths).map(|(c, w)| format!("{c:<w$}")).collect();
        out.push_str(cells.join("  ").trim_end());
        out.push('\n');
    }
}

/// What the run read, for the lines above the tables.
#[derive(Debug, Clone, Default)]
pub struct Provenance {
    pub combined: Combined,
    pub verdicts_file: Option<PathBuf>,
    pub verdict_lines: usize,
    pub verdicts_superseded: usize,
    pub verdict_use: VerdictUse,
}

/// The printed report: sources, headline rates, and one table (two with verdicts).
pub fn render(rows: &[StatsRow], p: &Provenance) -> String {
    let mut out = String::new();
    let c = &p.combined;
    let folders: Vec<String> = c.per_folder.iter().map(|(d, n)| format!("{} ({n} rows)", d.display())).collect();
    let _ = writeln!(out, "Audit folders: {}", folders.join(", "));
    if c.duplicate_rows > 0 {
        let _ = writeln!(
            out,
            "Duplicates: {} rows ({} studies) appear in more than one folder; each is counted once, from the later folder.",
            c.duplicate_rows, c.duplicate_studies
        );
    }
    if let Some(path) = &p.verdicts_file {
        let u = &p.verdict_use;
        let _ = write!(
            out,
            "Verdicts: {} lines in {}; {} in force after keeping the latest per study and finding; {} on flagged rows counted",
            p.verdict_lines,
            path.display(),
            p.verdict_lines - p.verdicts_superseded,
            u.used
        );
        if u.not_in_audit + u.not_flagged > 0 {
            let _ = write!(
                out,
                "; ignored: {} not in these folders, {} on rows not flagged",
                u.not_in_audit, u.not_flagged
            );
        }
        out.push_str(".\n");
    }
    if let Some(all) = rows.iter().find(|r| r.by == ALL && r.finding == ANY_FINDING) {
        let _ = writeln!(
            out,
            "Studies: {}. Flagged (any discrepancy): {} of {} = {} (95% CI {}).",
            all.studies,
            all.flagged,
            all.studies,
            pct(all.flagged_rate),
            interval(all.flagged_low, all.flagged_high)
        );
        if let (Some(m), Some(r), Some(lo), Some(hi)) =
            (all.confirmed_missed, all.reviewed, all.confirmed_missed_low, all.confirmed_missed_high)
        {
            let _ = write!(
                out,
                "Confirmed missed: {m} of {} studies = {} (95% CI {}); PPV of reviewed flags: ",
                all.studies,
                pct(all.confirmed_missed_rate.unwrap_or(0.0)),
                interval(lo, hi)
            );
            match (all.ppv, all.ppv_low, all.ppv_high) {
                (Some(v), Some(lo), Some(hi)) => {
                    let _ = writeln!(out, "{m} of {r} = {} (95% CI {}).", pct(v), interval(lo, hi));
                }
                _ => out.push_str("none reviewed.\n"),
            }
        }
    }
    out.push('\n');
    let grouped = rows.iter().any(|r| r.by != ALL);
    let lead = |r: &StatsRow| -> Vec<String> {
        let mut v = Vec::new();
        if grouped {
            v.push(r.group.clone());
        }
        v.push(r.finding.clone());
        v
    };
    let head = |rest: &[&str]| -> Vec<String> {
        let mut v: Vec<String> = if grouped {
            vec![rows.iter().find(|r| r.by != ALL).map_or("group", |r| r.by.as_str()).into()]
        } else {
            vec![]
        };
        v.push("finding".into());
        v.extend(rest.iter().map(|s| s.to_string()));
        v
    };
    let mut table =
        vec![head(&["studies", "AI positive", "report positive", "unreported", "hedged", "unconfirmed", "flagged"])];
    for r in rows {
        let mut line = lead(r);
        line.push(r.studies.to_string());
        line.push(format!("{} {}", r.ai_positive, pct(r.ai_positive_rate)));
        line.push(format!("{} {}", r.report_positive, pct(r.report_positive_rate)));
        line.push(cell(r.unreported, r.unreported_rate, r.unreported_low, r.unreported_high));
        line.push(cell(r.hedged, r.hedged_rate, r.hedged_low, r.hedged_high));
        line.push(cell(r.unconfirmed, r.unconfirmed_rate, r.unconfirmed_low, r.unconfirmed_high));
        line.push(cell(r.flagged, r.flagged_rate, r.flagged_low, r.flagged_high));
        table.push(line);
    }
    render_table(&mut out, &table);
    out.push_str("Counts are studies; rates are of studies, with Wilson 95% intervals in brackets.\n");
    if p.verdicts_file.is_some() {
        out.push('\n');
        let mut table = vec![head(&[
            "flagged",
            "reviewed",
            "confirmed missed (of studies)",
            "PPV (of reviewed)",
            "not relevant",
            "AI false positive",
            "report misread",
        ])];
        let n = |v: Option<u64>| v.map_or_else(String::new, |v| v.to_string());
        for r in rows {
            let mut line = lead(r);
            line.push(r.flagged.to_string());
            line.push(n(r.reviewed));
            line.push(
                match (r.confirmed_missed, r.confirmed_missed_rate, r.confirmed_missed_low, r.confirmed_missed_high) {
                    (Some(c), Some(v), Some(lo), Some(hi)) => cell(c, v, lo, hi),
                    _ => String::new(),
                },
            );
            line.push(match (r.ppv, r.ppv_low, r.ppv_high) {
                (Some(v), Some(lo), Some(hi)) => format!("{} [{}]", pct(v), interval(lo, hi)),
                _ => "-".into(),
            });
            line.push(n(r.confirmed_not_relevant));
            line.push(n(r.ai_false_positive));
            line.push(n(r.report_misread));
            table.push(line);
        }
        render_table(&mut out, &table);
    }
    out
}

// ---------------------------------------------------------------------------------------------
// The command
// ---------------------------------------------------------------------------------------------

/// Computes, prints and writes the statistics.
pub fn run_stats(config: &StatsConfig) -> anyhow::Result<()> {
    let mut folders = Vec::with_capacity(config.audit_dirs.len());
    for dir in &config.audit_dirs {
        folders.push((dir.clone(), read_findings(&dir.join("findings.parquet"))?));
    }
    let combined = combine(folders);
    if combined.rows.is_empty() {
        anyhow::bail!("the audit folders hold no findings rows: nothing to count");
    }
    let verdicts = config.verdicts.as_deref().map(read_verdicts).transpose()?;
    let (rows, verdict_use) = compute(&combined.rows, verdicts.as_ref(), config.by);
    let provenance = Provenance {
        verdicts_file: config.verdicts.clone(),
        verdict_lines: verdicts.as_ref().map_or(0, |v| v.lines),
        verdicts_superseded: verdicts.as_ref().map_or(0, |v| v.superseded),
        verdict_use,
        combined,
    };
    print!("{}", render(&rows, &provenance));

    let mut df = StatsRow::to_frame(&rows)?;
    let mut written = Vec::new();
    for name in ["stats.csv", "stats.parquet"] {
        let path = config.out_dir.join(name);
        crate::output::write_frame(&mut df, &path)?;
        written.push(path);
    }
    if config.plot {
        let path = config.out_dir.join("stats.png");
        chart::write_png(&rows, &path)?;
        written.push(path);
    }
    let names: Vec<String> = written.iter().map(|p| p.display().to_string()).collect();
    eprintln!("dubbelcheck: wrote {}", names.join(", "));
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_column_stats_reads_is_a_findings_column() {
        for c in FINDINGS_COLUMNS {
            assert!(crate::records::FindingRow::COLUMNS.contains(&c), "{c} is not in FindingRow");
        }
    }

    #[test]
    fn timestamps_order_across_offsets() {
        let utc = parse_timestamp("2024-05-01T10:00:00Z").unwrap();
        assert_eq!(parse_timestamp("2024-05-01T12:00:00+02:00"), Some(utc));
        assert_eq!(parse_timestamp("2024-05-01 10:00"), Some(utc));
        assert_eq!(parse_timestamp("2024-05-01T10:00:00.250Z"), Some(utc + 250));
        assert_eq!(parse_timestamp("1970-01-01"), Some(0));
        assert_eq!(parse_timestamp("2000-03-01"), Some(951_868_800_000));
        for bad in ["", "yesterday", "2024-13-01", "2024-05-01T25:00", "01-05-2024", "2024-05-01T10:00:00Q"] {
            assert_eq!(parse_timestamp(bad), None, "{bad}");
        }
    }

    fn row(acc: &str, f: Finding, inst: &str, d: Discrepancy) -> AuditRow {
        AuditRow {
            accession_number: acc.into(),
            finding: f,
            study_date: "20240301".into(),
            institution: inst.into(),
            manufacturer: String::new(),
            modality: "DX".into(),
            ai_positive: matches!(d, Discrepancy::Unreported | Discrepancy::Hedged),
            report_status: if d == Discrepancy::Unconfirmed { ReportStatus::Present } else { ReportStatus::Absent },
            discrepancy: d,
        }
    }

    #[test]
    fn any_row_counts_a_study_once_and_verdicts_count_only_on_flags() {
        use Discrepancy::*;
        let rows = vec![
            row("A", Finding::Nodule, "X", Unreported),
            row("A", Finding::Pneumothorax, "X", Unreported),
            row("B", Finding::Nodule, "", None),
            row("B", Finding::Pneumothorax, "", Unconfirmed),
        ];
        let mut v = Verdicts::default();
        v.latest.insert(("A".into(), Finding::Nodule), Verdict::ConfirmedMissed);
        v.latest.insert(("A".into(), Finding::Pneumothorax), Verdict::AiFalsePositive);
        v.latest.insert(("B".into(), Finding::Nodule), Verdict::ConfirmedMissed);
        v.latest.insert(("Z".into(), Finding::Nodule), Verdict::ConfirmedMissed);
        let (out, used) = compute(&rows, Some(&v), Some(GroupBy::Institution));
        assert_eq!(used, VerdictUse { used: 2, not_in_audit: 1, not_flagged: 1 });
        let any = out.iter().find(|r| r.by == ALL && r.finding == ANY_FINDING).unwrap();
        assert_eq!((any.studies, any.unreported, any.unconfirmed, any.flagged), (2, 1, 1, 2));
        assert_eq!((any.reviewed, any.confirmed_missed, any.ai_false_positive), (Some(1), Some(1), Some(1)));
        assert_eq!(any.ppv, Some(1.0));
        let groups: Vec<(&str, &str)> = out.iter().map(|r| (r.group.as_str(), r.finding.as_str())).collect();
        // No consolidation rows, so no consolidation line (a rate needs at least one study).
        assert_eq!(groups[..3], [("all", "nodule"), ("all", "pneumothorax"), ("all", "any")]);
        assert_eq!(groups[3].0, "X");
        assert_eq!(groups.last().unwrap().0, UNKNOWN_GROUP, "unknown group last");
        assert!(out.iter().all(|r| r.studies > 0));
        let pneumo_x = out.iter().find(|r| r.group == "X" && r.finding == "pneumothorax").unwrap();
        assert_eq!(pneumo_x.ppv, Some(0.0));
    }
}
