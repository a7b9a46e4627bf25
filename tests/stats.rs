//! `dubbelcheck stats`: the Wilson interval against hand-computed bounds, and the real binary on
//! an audit of the samples, its stats.csv checked against counts made here, independently, from
//! findings.parquet and the verdicts this test writes.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::process::Output;

use polars::prelude::*;

use dubbelcheck::stats::{StatsRow, Z_95, wilson};

mod common;
use common::dubbelcheck;

fn text(out: &Output) -> (String, String) {
    (String::from_utf8_lossy(&out.stdout).into_owned(), String::from_utf8_lossy(&out.stderr).into_owned())
}

/// Audits the samples into `out` with the bundled model; the samples hold a corrupt file, so exit 1.
fn audit_samples(out: &Path) {
    let run = common::audit_samples(out, &[]);
    assert!(matches!(run.status.code(), Some(0 | 1)), "audit failed: {}", text(&run).1);
}

fn stats(args: &[&str]) -> (String, String) {
    let mut all = vec!["stats"];
    all.extend_from_slice(args);
    let run = dubbelcheck(&all);
    let (stdout, stderr) = text(&run);
    assert_eq!(run.status.code(), Some(0), "stats {args:?} failed: {stderr}");
    (stdout, stderr)
}

fn read_parquet(path: &Path) -> DataFrame {
    ParquetReader::new(std::fs::File::open(path).unwrap()).finish().unwrap()
}

fn write_parquet(df: &mut DataFrame, path: &Path) {
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    ParquetWriter::new(std::fs::File::create(path).unwrap()).finish(df).unwrap();
}

fn strings(df: &DataFrame, col: &str) -> Vec<String> {
    dubbelcheck::table::str_column(df, col).unwrap().into_iter().map(Option::unwrap_or_default).collect()
}

fn csv_rows(path: &Path) -> (Vec<String>, Vec<BTreeMap<String, String>>) {
    let mut r = csv::Reader::from_path(path).unwrap();
    let headers: Vec<String> = r.headers().unwrap().iter().map(str::to_owned).collect();
    let rows =
        r.records().map(|rec| headers.iter().cloned().zip(rec.unwrap().iter().map(str::to_owned)).collect()).collect();
    (headers, rows)
}

fn close(a: f64, b: f64, tol: f64) -> bool {
    (a - b).abs() <= tol
}

// ----------------------------------------------------------------------------------------------
// Wilson interval
// ----------------------------------------------------------------------------------------------

#[test]
fn wilson_interval_matches_hand_computed_bounds() {
    let z2 = Z_95 * Z_95; // 3.841459
    // 0/10: p = 0, so the bounds are 0 and (z²/n)/(1 + z²/n) = z²/(n + z²) = 3.841459/13.841459.
    let p = wilson(0, 10).unwrap();
    assert_eq!((p.rate, p.low), (0.0, 0.0));
    assert!(close(p.high, 0.277533, 1e-6), "{p:?}");
    assert!(close(p.high, z2 / (10.0 + z2), 1e-12));
    // 10/10: mirror image, lower = n/(n + z²) = 0.722467, upper 1.
    let p = wilson(10, 10).unwrap();
    assert!(close(p.low, 0.722467, 1e-6), "{p:?}");
    assert_eq!((p.rate, p.high), (1.0, 1.0));
    // 5/10: centre 0.5, half-width z/(2·√(n + z²)) = 1.959964/(2·3.720411) = 0.263407.
    let p = wilson(5, 10).unwrap();
    assert!(close(p.low, 0.236593, 1e-6) && close(p.high, 0.763407, 1e-6), "{p:?}");
    // 1/1000: centre (0.001 + 0.00192073)/1.00384146 = 0.00290959,
    // half 1.95246·√(9.99e-7 + 9.60365e-7) = 0.00273305 -> [0.000176546, 0.00564256].
    let p = wilson(1, 1000).unwrap();
    assert!(close(p.low, 0.000176546, 1e-8) && close(p.high, 0.00564256, 1e-8), "{p:?}");
    assert_eq!(p.rate, 0.001);
    // No studies: no rate, rather than 0% or NaN.
    assert_eq!(wilson(0, 0), None);
}

#[test]
fn wilson_interval_contains_the_rate_and_stays_in_bounds() {
    for n in [1u64, 2, 7, 30, 25_104] {
        for x in [0, 1, n / 3, n / 2, n - 1, n] {
            let p = wilson(x, n).unwrap();
            assert!(0.0 <= p.low && p.low <= p.rate && p.rate <= p.high && p.high <= 1.0, "{x}/{n}: {p:?}");
        }
    }
}

// ----------------------------------------------------------------------------------------------
// The binary on the samples
// ----------------------------------------------------------------------------------------------

/// One row of findings.parquet, as this test reads it.
struct Row {
    accession: String,
    finding: String,
    institution: String,
    ai_positive: bool,
    report_status: String,
    discrepancy: String,
}

fn findings(path: &Path) -> Vec<Row> {
    let df = read_parquet(path);
    let ai: Vec<bool> = df.column("ai_positive").unwrap().bool().unwrap().iter().map(Option::unwrap).collect();
    let (acc, fin, inst, rep, dis) = (
        strings(&df, "accession_number"),
        strings(&df, "finding"),
        strings(&df, "institution"),
        strings(&df, "report_status"),
        strings(&df, "discrepancy"),
    );
    (0..df.height())
        .map(|i| Row {
            accession: acc[i].clone(),
            finding: fin[i].clone(),
            institution: if inst[i].is_empty() { "(unknown)".into() } else { inst[i].clone() },
            ai_positive: ai[i],
            report_status: rep[i].clone(),
            discrepancy: dis[i].clone(),
        })
        .collect()
}

/// Distinct accession numbers among `rows` that satisfy `pred`.
fn studies(rows: &[&Row], pred: impl Fn(&Row) -> bool) -> u64 {
    rows.iter().filter(|r| pred(r)).map(|r| r.accession.as_str()).collect::<BTreeSet<_>>().len() as u64
}

/// Keyed by (by, group, finding).
fn stats_csv(path: &Path) -> BTreeMap<(String, String, String), BTreeMap<String, String>> {
    let (headers, rows) = csv_rows(path);
    assert_eq!(headers, StatsRow::COLUMNS, "stats.csv columns come from the StatsRow record");
    rows.into_iter().map(|r| ((r["by"].clone(), r["group"].clone(), r["finding"].clone()), r)).collect()
}

fn num(row: &BTreeMap<String, String>, col: &str) -> f64 {
    row[col].parse().unwrap_or_else(|_| panic!("{col} = '{}' is not a number", row[col]))
}

/// Checks count, rate and Wilson bounds of `col` against a count made by the test.
fn check_rate(key: &(String, String, String), row: &BTreeMap<String, String>, col: &str, count: u64, n: u64) {
    assert_eq!(num(row, col), count as f64, "{key:?} {col}");
    let w = wilson(count, n).unwrap();
    for (suffix, want) in [("rate", w.rate), ("low", w.low), ("high", w.high)] {
        let got = num(row, &format!("{col}_{suffix}"));
        assert!(close(got, want, 1e-12), "{key:?} {col}_{suffix}: {got} != {want}");
    }
}

/// Every row of stats.csv (by = all and, when grouped, by = institution) against the findings.
fn check_against_findings(
    stats: &BTreeMap<(String, String, String), BTreeMap<String, String>>,
    rows: &[Row],
    grouped: bool,
    verdicts: Option<&BTreeMap<(String, String), &str>>,
) {
    let mut expected_keys = BTreeSet::new();
    let mut groups: Vec<(String, String)> = vec![("all".into(), "all".into())];
    if grouped {
        let names: BTreeSet<&str> = rows.iter().map(|r| r.institution.as_str()).collect();
        groups.extend(names.into_iter().map(|g| ("institution".to_owned(), g.to_owned())));
    }
    for (by, group) in &groups {
        // Findings the model scored (the bundled card leaves pneumothorax out), plus "any".
        let mut findings: Vec<&str> = ["nodule", "pneumothorax", "consolidation"]
            .into_iter()
            .filter(|f| rows.iter().any(|r| r.finding == *f))
            .collect();
        findings.push("any");
        for finding in findings {
            let key = (by.clone(), group.clone(), finding.to_owned());
            let sel: Vec<&Row> = rows
                .iter()
                .filter(|r| (by == "all" || &r.institution == group) && (finding == "any" || r.finding == finding))
                .collect();
            let n = studies(&sel, |_| true);
            expected_keys.insert(key.clone());
            let row = stats.get(&key).unwrap_or_else(|| panic!("stats.csv has no row {key:?}"));
            assert_eq!(num(row, "studies"), n as f64, "{key:?} studies");
            check_rate(&key, row, "ai_positive", studies(&sel, |r| r.ai_positive), n);
            let reported = |r: &Row| r.report_status == "present" || r.report_status == "uncertain";
            check_rate(&key, row, "report_positive", studies(&sel, reported), n);
            for kind in ["unreported", "hedged", "unconfirmed"] {
                check_rate(&key, row, kind, studies(&sel, |r| r.discrepancy == kind), n);
            }
            let flagged = |r: &Row| r.discrepancy != "none";
            check_rate(&key, row, "flagged", studies(&sel, flagged), n);

            let verdict_of = |r: &Row| verdicts.and_then(|v| v.get(&(r.accession.clone(), r.finding.clone())).copied());
            match verdicts {
                None => {
                    for col in ["reviewed", "confirmed_missed", "ppv", "report_misread"] {
                        assert_eq!(row[col], "", "{key:?} {col} is empty without verdicts");
                    }
                }
                Some(_) => {
                    let reviewed = studies(&sel, |r| flagged(r) && verdict_of(r).is_some());
                    let of = |v: &str| studies(&sel, |r| flagged(r) && verdict_of(r) == Some(v));
                    assert_eq!(num(row, "reviewed"), reviewed as f64, "{key:?} reviewed");
                    check_rate(&key, row, "confirmed_missed", of("confirmed_missed"), n);
                    for v in ["confirmed_not_relevant", "ai_false_positive", "report_misread"] {
                        assert_eq!(num(row, v), of(v) as f64, "{key:?} {v}");
                    }
                    if reviewed == 0 {
                        assert_eq!(row["ppv"], "", "{key:?}: no PPV without reviewed flags");
                    } else {
                        let w = wilson(of("confirmed_missed"), reviewed).unwrap();
                        assert!(close(num(row, "ppv"), w.rate, 1e-12), "{key:?} ppv");
                        assert!(close(num(row, "ppv_low"), w.low, 1e-12), "{key:?} ppv_low");
                        assert!(close(num(row, "ppv_high"), w.high, 1e-12), "{key:?} ppv_high");
                    }
                }
            }
        }
    }
    assert_eq!(stats.keys().cloned().collect::<BTreeSet<_>>(), expected_keys, "one row per group and finding");
}

#[test]
fn stats_on_sample_audit_match_counts_from_findings_and_verdicts() {
    let tmp = tempfile::tempdir().unwrap();
    let audit = tmp.path().join("audit");
    audit_samples(&audit);
    let rows = findings(&audit.join("findings.parquet"));

    // Verdicts for some flagged rows, taken from discrepancies.csv. The first flag gets two
    // verdicts: the later one (by time, though written first and in another time zone) wins.
    let (_, flagged) = csv_rows(&audit.join("discrepancies.csv"));
    assert!(flagged.len() >= 2, "the samples have flagged rows: {}", flagged.len());
    let key = |i: usize| (flagged[i]["accession_number"].clone(), flagged[i]["finding"].clone());
    let mut latest: BTreeMap<(String, String), &str> = BTreeMap::new();
    let mut csv = String::from("accession_number,finding,verdict,reviewer,timestamp\n");
    let (a0, f0) = key(0);
    csv += &format!("{a0},{f0},confirmed_missed,rad2,2024-05-02T11:00:00+02:00\n");
    csv += &format!("{a0},{f0},ai_false_positive,rad1,2024-05-02T08:30:00Z\n");
    latest.insert(key(0), "confirmed_missed");
    let others = ["confirmed_not_relevant", "ai_false_positive", "report_misread", "confirmed_missed"];
    for (i, verdict) in (1..flagged.len()).zip(others) {
        let (a, f) = key(i);
        csv += &format!("{a},{f},{verdict},rad1,2024-05-03T10:0{i}:00Z\n");
        latest.insert(key(i), verdict);
    }
    // Ignored, and said so: a study that is not in the audit, and a row the audit did not flag.
    csv += "DC99999999,nodule,confirmed_missed,rad1,2024-05-03T12:00:00Z\n";
    let calm = rows.iter().find(|r| r.discrepancy == "none").expect("some rows are not flagged");
    csv += &format!("{},{},confirmed_missed,rad1,2024-05-03T12:00:00Z\n", calm.accession, calm.finding);
    let verdicts = tmp.path().join("verdicts.csv");
    std::fs::write(&verdicts, csv).unwrap();

    let out = tmp.path().join("stats");
    let (stdout, stderr) = stats(&[
        audit.to_str().unwrap(),
        "--verdicts",
        verdicts.to_str().unwrap(),
        "--by",
        "institution",
        "--out",
        out.to_str().unwrap(),
        "--plot",
    ]);
    assert!(stdout.contains("Flagged (any discrepancy)"), "{stdout}");
    assert!(stdout.contains("Confirmed missed:") && stdout.contains("PPV of reviewed flags"), "{stdout}");
    assert!(stdout.contains("1 not in these folders, 1 on rows not flagged"), "{stdout}");
    assert!(stderr.contains("stats.csv"), "{stderr}");
    check_against_findings(&stats_csv(&out.join("stats.csv")), &rows, true, Some(&latest));

    // The Parquet table holds the same rows and columns.
    let df = read_parquet(&out.join("stats.parquet"));
    let columns: Vec<String> = df.get_column_names().iter().map(|c| c.to_string()).collect();
    assert_eq!(columns, StatsRow::COLUMNS);
    assert_eq!(df.height(), csv_rows(&out.join("stats.csv")).1.len());
    let png = image::open(out.join("stats.png")).expect("stats.png is a readable image");
    assert!(png.width() > 200 && png.height() > 100);
    for e in std::fs::read_dir(&out).unwrap() {
        let name = e.unwrap().file_name().to_string_lossy().into_owned();
        assert!(!name.starts_with('.') && !name.ends_with(".tmp"), "temporary file left behind: {name}");
    }
}

/// Folder `b` holds the first `k` studies of `a` again, with their discrepancies cleared (as if
/// a later re-run had settled them).
fn rerun_folder(a: &Path, b: &Path, k: usize) -> BTreeSet<String> {
    let df = read_parquet(&a.join("findings.parquet"));
    let acc = strings(&df, "accession_number");
    let chosen: BTreeSet<String> = acc.iter().cloned().collect::<BTreeSet<_>>().into_iter().take(k).collect();
    let mask: BooleanChunked = acc.iter().map(|a| chosen.contains(a)).collect();
    let mut sub = df.filter(&mask).unwrap();
    let cleared = vec!["none"; sub.height()];
    sub.with_column(Column::new("discrepancy".into(), cleared)).unwrap();
    write_parquet(&mut sub, &b.join("findings.parquet"));
    chosen
}

#[test]
fn combined_folders_count_each_study_once_and_the_later_folder_wins() {
    let tmp = tempfile::tempdir().unwrap();
    let (a, b) = (tmp.path().join("2023"), tmp.path().join("2024"));
    audit_samples(&a);
    let rows_a = findings(&a.join("findings.parquet"));
    let rerun = rerun_folder(&a, &b, 4);
    let dup_rows = rows_a.iter().filter(|r| rerun.contains(&r.accession)).count();

    // Two copies of the same folder: every row is a duplicate, and the numbers are those of one.
    let out = tmp.path().join("same");
    let (stdout, _) = stats(&[a.to_str().unwrap(), a.to_str().unwrap(), "--out", out.to_str().unwrap()]);
    let n_studies = rows_a.iter().map(|r| &r.accession).collect::<BTreeSet<_>>().len();
    let note = format!("{} rows ({n_studies} studies) appear in more than one folder", rows_a.len());
    assert!(stdout.contains(&note), "expected '{note}' in:\n{stdout}");
    check_against_findings(&stats_csv(&out.join("stats.csv")), &rows_a, false, None);

    // a then b: b's rows replace a's for the re-run studies.
    let out = tmp.path().join("a_b");
    let (stdout, _) =
        stats(&[a.to_str().unwrap(), b.to_str().unwrap(), "--by", "institution", "--out", out.to_str().unwrap()]);
    let note = format!("{dup_rows} rows ({} studies) appear in more than one folder", rerun.len());
    assert!(stdout.contains(&note), "expected '{note}' in:\n{stdout}");
    let mut merged = findings(&a.join("findings.parquet"));
    for r in merged.iter_mut().filter(|r| rerun.contains(&r.accession)) {
        r.discrepancy = "none".into();
    }
    check_against_findings(&stats_csv(&out.join("stats.csv")), &merged, true, None);

    // b then a: a is later, so the result is a's alone.
    let out = tmp.path().join("b_a");
    stats(&[b.to_str().unwrap(), a.to_str().unwrap(), "--by", "institution", "--out", out.to_str().unwrap()]);
    check_against_findings(&stats_csv(&out.join("stats.csv")), &rows_a, true, None);
}

fn stats_fails(args: &[&str]) -> String {
    let mut all = vec!["stats"];
    all.extend_from_slice(args);
    let run = dubbelcheck(&all);
    let (_, stderr) = text(&run);
    assert_eq!(run.status.code(), Some(2), "bad input is exit 2: {stderr}");
    stderr
}

#[test]
fn bad_findings_or_verdicts_exit_two_naming_the_file() {
    let tmp = tempfile::tempdir().unwrap();
    let audit = tmp.path().join("audit");
    audit_samples(&audit);
    let out = tmp.path().join("out");
    let out = out.to_str().unwrap();

    // findings.parquet without the discrepancy column.
    let broken: PathBuf = tmp.path().join("broken");
    let mut df = read_parquet(&audit.join("findings.parquet")).drop("discrepancy").unwrap();
    write_parquet(&mut df, &broken.join("findings.parquet"));
    let err = stats_fails(&[broken.to_str().unwrap(), "--out", out]);
    assert!(err.contains("broken/findings.parquet") && err.contains("'discrepancy'"), "{err}");

    // Not Parquet at all.
    let garbage = tmp.path().join("garbage");
    std::fs::create_dir_all(&garbage).unwrap();
    std::fs::write(garbage.join("findings.parquet"), "not parquet").unwrap();
    let err = stats_fails(&[garbage.to_str().unwrap(), "--out", out]);
    assert!(err.contains("garbage/findings.parquet"), "{err}");

    let a = audit.to_str().unwrap();
    let cases = [
        ("no_verdict.csv", "accession_number,finding,reviewer,timestamp\nX,nodule,r,2024-01-01\n", "'verdict'"),
        (
            "typo.csv",
            "accession_number,finding,verdict,reviewer,timestamp\nX,nodule,confirmed_mised,r,2024-01-01\n",
            "line 2",
        ),
        (
            "finding.csv",
            "accession_number,finding,verdict,reviewer,timestamp\nX,nodulle,confirmed_missed,r,2024-01-01\n",
            "nodulle",
        ),
        (
            "when.csv",
            "accession_number,finding,verdict,reviewer,timestamp\nX,nodule,confirmed_missed,r,gisteren\n",
            "gisteren",
        ),
    ];
    for (name, content, says) in cases {
        let path = tmp.path().join(name);
        std::fs::write(&path, content).unwrap();
        let err = stats_fails(&[a, "--verdicts", path.to_str().unwrap(), "--out", out]);
        assert!(err.contains(name) && err.contains(says), "{name}: {err}");
    }
    assert!(!Path::new(out).join("stats.csv").exists(), "nothing is written when the input is bad");
}
