//! Executes notebooks/analysis.ipynb on an audit of the samples, so the notebook cannot rot: it
//! recomputes the `stats` numbers in Python and asserts they equal stats.csv.
//!
//! Needs the Python environment that `.ci/setup-python` (called by `.ci/setup`) creates at
//! `$DUBBELCHECK_VENV`, default `~/.cache/dubbelcheck/venv`.

use std::path::PathBuf;
use std::process::{Command, Output};

mod common;
use common::{dubbelcheck, root};

fn venv_python() -> PathBuf {
    let venv = match std::env::var_os("DUBBELCHECK_VENV") {
        Some(v) => PathBuf::from(v),
        None => PathBuf::from(std::env::var_os("HOME").expect("HOME is set")).join(".cache/dubbelcheck/venv"),
    };
    venv.join("bin/python")
}

fn run(cmd: &mut Command) -> Output {
    cmd.current_dir(root()).output().expect("command starts")
}


#[test]
fn analysis_notebook_executes_and_agrees_with_stats_csv() {
    let python = venv_python();
    assert!(
        python.is_file(),
        "no Python environment for the notebook at {}: run `bash .ci/setup` (it calls .ci/setup-python)",
        python.display()
    );
    let tmp = tempfile::tempdir().unwrap();
    let audit = tmp.path().join("audit");
    let a = audit.to_str().unwrap();
    let run_audit = common::audit_samples(&audit, &[]);
    assert!(matches!(run_audit.status.code(), Some(0 | 1)), "audit: {}", String::from_utf8_lossy(&run_audit.stderr));

    // Verdicts for the first flagged rows, so the notebook's verdict path runs too.
    let mut flagged = csv::Reader::from_path(audit.join("discrepancies.csv")).unwrap();
    let headers = flagged.headers().unwrap().clone();
    let col = |name: &str| headers.iter().position(|h| h == name).unwrap();
    let (acc, fin) = (col("accession_number"), col("finding"));
    let mut verdicts = String::from("accession_number,finding,verdict,reviewer,timestamp\n");
    let kinds = ["confirmed_missed", "ai_false_positive", "confirmed_missed", "report_misread"];
    for (i, rec) in flagged.records().take(kinds.len()).enumerate() {
        let rec = rec.unwrap();
        verdicts += &format!("{},{},{},rad1,2024-05-03T10:0{i}:00Z\n", &rec[acc], &rec[fin], kinds[i]);
    }
    let verdicts_path = tmp.path().join("verdicts.csv");
    std::fs::write(&verdicts_path, verdicts).unwrap();
    let v = verdicts_path.to_str().unwrap();

    // stats writes <audit>/stats/stats.csv, where the notebook looks for it.
    let stats = dubbelcheck(&["stats", a, "--by", "institution", "--verdicts", v]);
    assert_eq!(stats.status.code(), Some(0), "stats: {}", String::from_utf8_lossy(&stats.stderr));

    let executed = tmp.path().join("executed.ipynb");
    let out = run(Command::new(&python)
        .args(["-m", "nbconvert", "--to", "notebook", "--execute", "--output"])
        .arg(&executed)
        .arg("notebooks/analysis.ipynb")
        .env("AUDIT_DIR", &audit)
        .env("VERDICTS", &verdicts_path));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "notebook failed:\n{stderr}");
    let text = std::fs::read_to_string(&executed).unwrap();
    assert!(text.contains("stats.csv agrees"), "the comparison cell did not run");
}
