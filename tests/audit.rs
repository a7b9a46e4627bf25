//! Runs the real `dubbelcheck` binary on the bundled samples in temporary folders and checks
//! the tables, the error rows, exit codes, determinism and atomic output.

use std::collections::BTreeMap;
use std::path::Path;

use polars::prelude::*;

use dubbelcheck::records::{FindingRow, ItemError};

mod common;
use common::{audit_samples, dubbelcheck, root};

fn read_parquet(path: &Path) -> DataFrame {
    ParquetReader::new(std::fs::File::open(path).unwrap()).finish().unwrap()
}

fn strings(df: &DataFrame, col: &str) -> Vec<String> {
    dubbelcheck::table::str_column(df, col).unwrap().into_iter().map(Option::unwrap_or_default).collect()
}

fn csv_rows(path: &Path) -> Vec<BTreeMap<String, String>> {
    let mut r = csv::Reader::from_path(path).unwrap();
    let headers = r.headers().unwrap().clone();
    r.records().map(|rec| headers.iter().zip(rec.unwrap().iter()).map(|(h, v)| (h.to_owned(), v.to_owned())).collect()).collect()
}

fn no_temp_files(dir: &Path) {
    for e in std::fs::read_dir(dir).unwrap() {
        let name = e.unwrap().file_name().to_string_lossy().to_string();
        assert!(!name.starts_with('.') && !name.ends_with(".tmp"), "temporary file left behind: {name}");
    }
}

#[test]
fn audit_on_samples_writes_every_table() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("audit");
    let run = audit_samples(&out, &[]);
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert_eq!(run.status.code(), Some(1), "samples contain a corrupt file, so exit 1; stderr: {stderr}");
    no_temp_files(&out);

    let df = read_parquet(&out.join("findings.parquet"));
    let columns: Vec<String> = df.get_column_names().iter().map(|c| c.to_string()).collect();
    assert_eq!(columns, FindingRow::COLUMNS, "table schema comes from the record type");
    let accessions: std::collections::BTreeSet<String> = strings(&df, "accession_number").into_iter().collect();
    let scored: Vec<String> = [101, 102, 103, 104, 105, 106, 107, 108, 113, 114].iter().map(|n| format!("DC24000{n}")).collect();
    assert_eq!(accessions.into_iter().collect::<Vec<_>>(), scored);
    let card = dubbelcheck::classifier::card::ModelCard::load(&root().join("models/cxr-demo/card.toml")).unwrap();
    let scored_findings = card.heads.iter().flatten().count();
    assert_eq!(df.height(), scored.len() * scored_findings, "one row per study and finding the model scores");

    // Studies with several images: the lateral is not scored, two frontals are.
    let n_images: BTreeMap<String, u32> = strings(&df, "accession_number")
        .into_iter()
        .zip(df.column("n_images").unwrap().u32().unwrap().iter().map(Option::unwrap))
        .collect();
    assert_eq!(n_images["DC24000103"], 1);
    assert_eq!(n_images["DC24000106"], 2);

    // Evidence offsets point into the report text.
    let reports: BTreeMap<String, String> = csv_rows(&root().join("samples/reports.csv"))
        .into_iter()
        .map(|r| (r["accession_number"].clone(), r["report_text"].clone()))
        .collect();
    let (acc, ev) = (strings(&df, "accession_number"), strings(&df, "report_evidence"));
    let starts = df.column("evidence_start").unwrap().u32().unwrap().clone();
    let ends = df.column("evidence_end").unwrap().u32().unwrap().clone();
    for i in 0..df.height() {
        let (s, e) = (starts.get(i).unwrap() as usize, ends.get(i).unwrap() as usize);
        let slice: String = reports[&acc[i]].chars().skip(s).take(e - s).collect();
        assert_eq!(slice, ev[i], "row {i} ({})", acc[i]);
    }
    let status = |a: &str, f: &str| -> String {
        let fs = strings(&df, "finding");
        let st = strings(&df, "report_status");
        (0..df.height()).find(|&i| acc[i] == a && fs[i] == f).map(|i| st[i].clone()).unwrap()
    };
    assert_eq!(status("DC24000102", "nodule"), "present");
    assert_eq!(status("DC24000104", "consolidation"), "uncertain");
    assert_eq!(status("DC24000107", "consolidation"), "absent");
    assert_eq!(status("DC24000113", "nodule"), "absent");

    // discrepancies.csv: exactly the flagged rows, highest priority first.
    let flagged = csv_rows(&out.join("discrepancies.csv"));
    let n_flagged = strings(&df, "discrepancy").iter().filter(|d| *d != "none").count();
    assert_eq!(flagged.len(), n_flagged);
    let priorities: Vec<f64> = flagged.iter().map(|r| r["priority"].parse().unwrap()).collect();
    assert!(priorities.windows(2).all(|w| w[0] >= w[1]), "{priorities:?}");
    assert!(flagged.iter().all(|r| r["discrepancy"] != "none"));

    // errors.csv names every item that was not used, and why.
    let errors = csv_rows(&out.join("errors.csv"));
    assert_eq!(errors[0].keys().cloned().collect::<Vec<_>>().len(), ItemError::COLUMNS.len());
    let find = |item: &str, severity: &str, reason: &str| {
        assert!(
            errors.iter().any(|e| e["item"].contains(item) && e["severity"] == severity && e["reason"].contains(reason)),
            "no {severity} row for {item} containing '{reason}' in {errors:#?}"
        )
    };
    find("DC24000109/IM0001.dcm", "error", "truncated or corrupt pixel data");
    find("notes.txt", "skipped", "not a DICOM file");
    find("KO0001.dcm", "skipped", "no pixel data");
    find("DC24000103/IM0002", "skipped", "LL view skipped");
    find("CT0001.dcm", "skipped", "not a radiograph (modality CT)");
    find("DC24000111/IM0001", "skipped", "not a chest study");
    find("DC24000110", "skipped", "report of a skipped study");
    find("DC24000112", "error", "image without report");
    find("DC24000199", "error", "report without image");

    // run.json is written last and its counts match the tables.
    let run_json: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(out.join("run.json")).unwrap()).unwrap();
    assert_eq!(run_json["counts"]["rows"], df.height());
    assert_eq!(run_json["counts"]["studies_scored"], 10);
    assert!(run_json["model_id"].as_str().unwrap().contains("+sha256:"));
    assert_eq!(run_json["lexicon_hash"].as_str().unwrap().len(), 64);

    // Patient data stays out of every output and the log.
    let mut everything = stderr.to_string() + &String::from_utf8_lossy(&run.stdout);
    for f in ["discrepancies.csv", "errors.csv", "run.json"] {
        everything += &std::fs::read_to_string(out.join(f)).unwrap();
    }
    everything += &String::from_utf8_lossy(&std::fs::read(out.join("findings.parquet")).unwrap());
    for secret in ["Patiënt 01", "Daniël", "Zoë", "Inès", "Anoniem", "SYN000"] {
        assert!(!everything.contains(secret), "patient data '{secret}' leaked into the output");
    }
}

#[test]
fn output_is_deterministic_across_runs_and_thread_counts() {
    let tmp = tempfile::tempdir().unwrap();
    let (a, b) = (tmp.path().join("a"), tmp.path().join("b"));
    audit_samples(&a, &["--threads", "1"]);
    audit_samples(&b, &["--threads", "2"]);
    for f in ["findings.parquet", "discrepancies.csv", "errors.csv"] {
        assert!(std::fs::read(a.join(f)).unwrap() == std::fs::read(b.join(f)).unwrap(), "{f} differs between runs");
    }
}

#[test]
fn clean_input_exits_zero() {
    let tmp = tempfile::tempdir().unwrap();
    let studies = tmp.path().join("studies");
    std::fs::create_dir_all(&studies).unwrap();
    std::fs::copy(root().join("samples/studies/2024-03-01/DC24000101/IM0001.dcm"), studies.join("a")).unwrap();
    let reports = tmp.path().join("r.csv");
    std::fs::write(&reports, "accession_number,report_text\nDC24000101,\"Geen afwijkingen.\"\n").unwrap();
    let out = tmp.path().join("out");
    let run = dubbelcheck(&["audit", studies.to_str().unwrap(), "--reports", reports.to_str().unwrap(), "--out", out.to_str().unwrap()]);
    assert_eq!(run.status.code(), Some(0), "{}", String::from_utf8_lossy(&run.stderr));
    let card = dubbelcheck::classifier::card::ModelCard::load(&root().join("models/cxr-demo/card.toml")).unwrap();
    assert_eq!(read_parquet(&out.join("findings.parquet")).height(), card.heads.iter().flatten().count());
    assert!(csv_rows(&out.join("errors.csv")).is_empty());
}

#[test]
fn bad_model_card_exits_two_naming_the_file() {
    let tmp = tempfile::tempdir().unwrap();
    let card = std::fs::read_to_string(root().join("models/cxr-demo/card.toml")).unwrap();
    let bad = tmp.path().join("card.toml");
    std::fs::write(&bad, card.replace("[findings.nodule]", "[findings.nodulle]")).unwrap();
    std::fs::copy(root().join("models/cxr-demo/model.onnx"), tmp.path().join("model.onnx")).unwrap();
    let out = tmp.path().join("out");
    let run = audit_samples(&out, &["--model", bad.to_str().unwrap()]);
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert_eq!(run.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("card.toml") && stderr.contains("nodulle"), "{stderr}");
    assert!(!out.join("findings.parquet").exists());
}

#[test]
fn failed_run_leaves_previous_tables_intact() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("out");
    audit_samples(&out, &[]);
    let before = std::fs::read(out.join("findings.parquet")).unwrap();
    let bad_reports = tmp.path().join("bad.csv");
    std::fs::write(&bad_reports, "acc;text\n1;x\n").unwrap();
    let run = dubbelcheck(&["audit", "samples/studies", "--reports", bad_reports.to_str().unwrap(), "--out", out.to_str().unwrap()]);
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert_eq!(run.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("bad.csv") && stderr.contains("accession_number"), "{stderr}");
    assert!(std::fs::read(out.join("findings.parquet")).unwrap() == before);
    no_temp_files(&out);
}

#[test]
fn report_formats_and_encodings_agree() {
    let tmp = tempfile::tempdir().unwrap();
    let mut outputs = Vec::new();
    for input in ["tests/fixtures/reports_cp1252.csv", "tests/fixtures/reports.jsonl"] {
        let out = tmp.path().join(format!("{}.csv", outputs.len()));
        let run = dubbelcheck(&["extract", "--reports", input, "--out", out.to_str().unwrap()]);
        assert_eq!(run.status.code(), Some(0), "{}", String::from_utf8_lossy(&run.stderr));
        outputs.push(std::fs::read_to_string(&out).unwrap());
    }
    assert_eq!(outputs[0], outputs[1], "Windows-1252 CSV and UTF-8 JSONL must give the same rows");
    let (cp1252, _) = dubbelcheck::ingest::reports::read_reports(&root().join("tests/fixtures/reports_cp1252.csv")).unwrap();
    let (utf8, _) = dubbelcheck::ingest::reports::read_reports(&root().join("tests/fixtures/reports.jsonl")).unwrap();
    let texts = |r: &[dubbelcheck::records::Report]| r.iter().map(|r| r.text.clone()).collect::<Vec<_>>();
    assert_eq!(texts(&cp1252), texts(&utf8));
    let all = texts(&cp1252).join("\n");
    assert!(all.contains("geïnfiltreerd") && all.contains("één"), "diacritics survive decoding");
    assert!(all.contains('–') && all.contains('…'), "Windows-1252-only characters survive decoding");

    // Parquet input, and JSONL / Parquet output.
    let jsonl = std::fs::read_to_string(root().join("tests/fixtures/reports.jsonl")).unwrap();
    let values: Vec<serde_json::Value> = jsonl.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    let col = |k: &str| Column::new(k.into(), values.iter().map(|v| v[k].as_str().unwrap().to_owned()).collect::<Vec<_>>());
    let mut df = DataFrame::new(values.len(), vec![col("accession_number"), col("report_text")]).unwrap();
    let pq = tmp.path().join("reports.parquet");
    ParquetWriter::new(std::fs::File::create(&pq).unwrap()).finish(&mut df).unwrap();
    let out = tmp.path().join("from_parquet.csv");
    assert_eq!(dubbelcheck(&["extract", "--reports", pq.to_str().unwrap(), "--out", out.to_str().unwrap()]).status.code(), Some(0));
    assert_eq!(std::fs::read_to_string(&out).unwrap(), outputs[1]);
    let out = tmp.path().join("rows.jsonl");
    assert_eq!(dubbelcheck(&["extract", "--reports", pq.to_str().unwrap(), "--out", out.to_str().unwrap()]).status.code(), Some(0));
    let lines: Vec<serde_json::Value> =
        std::fs::read_to_string(&out).unwrap().lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(lines.len(), values.len() * 3);
    assert!(lines.iter().all(|l| l["status"].is_string() && l["evidence_start"].is_u64()));
}

/// samples/truth_scores.csv (the phantoms' ground truth as AI scores: 0.9 drawn, 0.1 not,
/// threshold 0.5) without one study's rows.
fn truth_scores(path: &Path, leave_out: &str) {
    let mut w = csv::Writer::from_path(path).unwrap();
    w.write_record(["sop_instance_uid", "accession_number", "finding", "score", "threshold"]).unwrap();
    for r in csv_rows(&root().join("samples/truth_scores.csv")) {
        if r["accession_number"] != leave_out {
            let cols = ["sop_instance_uid", "accession_number", "finding", "score", "threshold"];
            w.write_record(cols.map(|c| r[c].as_str())).unwrap();
        }
    }
    w.flush().unwrap();
}

#[test]
fn ai_scores_file_replaces_inference_and_finds_the_seeded_discrepancies() {
    let tmp = tempfile::tempdir().unwrap();
    let scores = tmp.path().join("their_ai.csv");
    truth_scores(&scores, "DC24000108");
    let out = tmp.path().join("out");
    let run = audit_samples(&out, &["--ai-scores", scores.to_str().unwrap()]);
    assert_eq!(run.status.code(), Some(1), "{}", String::from_utf8_lossy(&run.stderr));
    let df = read_parquet(&out.join("findings.parquet"));
    assert!(strings(&df, "model_id").iter().all(|m| m.starts_with("scores:their_ai.csv+sha256:")));
    let flagged: Vec<(String, String, String)> = csv_rows(&out.join("discrepancies.csv"))
        .into_iter()
        .map(|r| (r["accession_number"].clone(), r["finding"].clone(), r["discrepancy"].clone()))
        .collect();
    let expect = |a: &str, f: &str, d: &str| {
        assert!(flagged.contains(&(a.into(), f.into(), d.into())), "{a} {f} {d} not in {flagged:#?}")
    };
    // The seeded discrepancies of samples/README.md.
    expect("DC24000101", "nodule", "unreported");
    expect("DC24000106", "pneumothorax", "unreported");
    expect("DC24000113", "pneumothorax", "unreported");
    expect("DC24000104", "consolidation", "hedged");
    expect("DC24000102", "nodule", "unconfirmed");
    assert_eq!(flagged.len(), 5, "nothing else is flagged when the AI is right: {flagged:#?}");
    let errors = csv_rows(&out.join("errors.csv"));
    assert!(
        errors.iter().any(|e| e["item"].contains("DC24000108") && e["reason"].contains("no AI score")),
        "a study missing from the scores file is an errors row: {errors:#?}"
    );
}

#[test]
fn bad_ai_scores_file_exits_two_naming_the_row() {
    let tmp = tempfile::tempdir().unwrap();
    let scores = tmp.path().join("s.csv");
    std::fs::write(&scores, "accession_number,finding,score\nDC24000101,nodule,0.7\nDC24000101,nodulle,0.2\n").unwrap();
    let run = audit_samples(&tmp.path().join("out"), &["--ai-scores", scores.to_str().unwrap()]);
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert_eq!(run.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("s.csv row 3") && stderr.contains("nodulle"), "{stderr}");
}

#[test]
fn ai_positive_flags_get_heatmaps_and_review_images() {
    // The bundled model with a nodule threshold so low that every study is AI-positive.
    let tmp = tempfile::tempdir().unwrap();
    let card = common::all_positive_card(tmp.path());
    let out = tmp.path().join("out");
    let run = audit_samples(&out, &["--model", card.to_str().unwrap(), "--text-model", "off"]);
    assert_eq!(run.status.code(), Some(1), "{}", String::from_utf8_lossy(&run.stderr));
    let df = read_parquet(&out.join("findings.parquet"));
    let (acc, heat, disc) = (strings(&df, "accession_number"), strings(&df, "heatmap"), strings(&df, "discrepancy"));
    let positive = df.column("ai_positive").unwrap().bool().unwrap().clone();
    let mut checked = 0;
    for i in 0..df.height() {
        let flagged_positive = positive.get(i).unwrap() && disc[i] != "none";
        assert_eq!(!heat[i].is_empty(), flagged_positive, "row {i} ({}) heatmap '{}'", acc[i], heat[i]);
        if flagged_positive {
            let png = image::open(out.join(&heat[i])).expect("heatmap is a readable PNG").to_rgb8();
            assert!(png.pixels().any(|p| p.0[0] > p.0[1]), "the overlay marks something red");
            assert!(out.join(format!("review/img/{}.png", acc[i])).is_file());
            checked += 1;
        }
    }
    assert!(checked >= 5, "only {checked} AI-positive flags");

    // Rerun into the same folder with the bundled card (fewer flags): last run's images go.
    let run = audit_samples(&out, &["--text-model", "off"]);
    assert_eq!(run.status.code(), Some(1), "{}", String::from_utf8_lossy(&run.stderr));
    let df = read_parquet(&out.join("findings.parquet"));
    let (acc, heat, disc) = (strings(&df, "accession_number"), strings(&df, "heatmap"), strings(&df, "discrepancy"));
    let flagged: std::collections::BTreeSet<&String> = (0..df.height()).filter(|&i| disc[i] != "none").map(|i| &acc[i]).collect();
    let pngs = |sub: &str| std::fs::read_dir(out.join("review").join(sub)).map_or(0, |d| d.count());
    assert_eq!(pngs("heatmap"), heat.iter().filter(|h| !h.is_empty()).count(), "stale heatmaps left behind");
    assert_eq!(pngs("img"), 2 * flagged.len(), "stale review images left behind");
}

#[test]
fn shards_together_are_the_whole_run() {
    let tmp = tempfile::tempdir().unwrap();
    let whole = tmp.path().join("whole");
    audit_samples(&whole, &[]);
    let full = read_parquet(&whole.join("findings.parquet"));
    let mut parts: Option<DataFrame> = None;
    let mut errors = Vec::new();
    let mut discrepancies = Vec::new();
    let mut nonempty = 0;
    for i in 0..3 {
        let out = tmp.path().join(format!("part{i}"));
        let run = audit_samples(&out, &["--shard", &format!("{i}/3")]);
        assert!(matches!(run.status.code(), Some(0 | 1)), "{}", String::from_utf8_lossy(&run.stderr));
        let info: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(out.join("run.json")).unwrap()).unwrap();
        assert_eq!(info["shard"], format!("{i}/3"));
        let df = read_parquet(&out.join("findings.parquet"));
        nonempty += usize::from(df.height() > 0);
        parts = Some(match parts {
            None => df,
            Some(acc) => acc.vstack(&df).unwrap(),
        });
        errors.extend(csv_rows(&out.join("errors.csv")));
        discrepancies.extend(csv_rows(&out.join("discrepancies.csv")));
    }
    assert!(nonempty >= 2, "the samples should spread over the parts");
    let parts = parts.unwrap().sort(["accession_number", "finding"], SortMultipleOptions::default()).unwrap();
    let full = full.sort(["accession_number", "finding"], SortMultipleOptions::default()).unwrap();
    assert!(parts.equals_missing(&full), "parts:\n{parts}\nwhole:\n{full}");
    let sorted = |mut v: Vec<BTreeMap<String, String>>| {
        v.sort();
        v
    };
    assert_eq!(sorted(errors), sorted(csv_rows(&whole.join("errors.csv"))));
    assert_eq!(sorted(discrepancies), sorted(csv_rows(&whole.join("discrepancies.csv"))));
    let bad = dubbelcheck(&["audit", "samples/studies", "--reports", "samples/reports.csv", "--out", tmp.path().join("x").to_str().unwrap(), "--shard", "3/3"]);
    assert_eq!(bad.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&bad.stderr).contains("0 <= I < N"));
}

#[test]
fn skip_audited_leaves_out_studies_an_earlier_run_holds() {
    let tmp = tempfile::tempdir().unwrap();
    let (whole, first, rest) = (tmp.path().join("whole"), tmp.path().join("first"), tmp.path().join("rest"));
    audit_samples(&whole, &[]);
    // An earlier (partial) night: one part of the studies.
    audit_samples(&first, &["--shard", "0/3"]);
    let run = audit_samples(&rest, &["--skip-audited", first.to_str().unwrap()]);
    assert!(matches!(run.status.code(), Some(0 | 1)), "{}", String::from_utf8_lossy(&run.stderr));
    let keys = |dir: &Path| -> Vec<(String, String)> {
        let df = read_parquet(&dir.join("findings.parquet"));
        let mut k: Vec<_> = strings(&df, "accession_number").into_iter().zip(strings(&df, "finding")).collect();
        k.sort();
        k
    };
    let (first_rows, rest_rows) = (keys(&first), keys(&rest));
    assert!(!first_rows.is_empty() && !rest_rows.is_empty());
    assert!(first_rows.iter().all(|r| !rest_rows.contains(r)), "a study was audited twice");
    let mut together = [first_rows.clone(), rest_rows].concat();
    together.sort();
    assert_eq!(together, keys(&whole));
    let info: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(rest.join("run.json")).unwrap()).unwrap();
    let first_studies = first_rows.iter().map(|r| &r.0).collect::<std::collections::BTreeSet<_>>().len();
    assert_eq!(info["counts"]["studies_already_audited"], first_studies);
    // A missing earlier audit is a usage error naming the path.
    let missing = tmp.path().join("no-such-audit");
    let bad = audit_samples(&tmp.path().join("x"), &["--skip-audited", missing.to_str().unwrap()]);
    assert_eq!(bad.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&bad.stderr).contains("no-such-audit"), "{}", String::from_utf8_lossy(&bad.stderr));
}
