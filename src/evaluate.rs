//! `dubbelcheck eval-text`: scores the report engine against a labelled corpus.
//!
//! Gold file: JSON lines with `id`, `text`, optional `split`, and one status per finding
//! (`nodule`, `pneumothorax`, `consolidation`). Prints a 4x4 confusion matrix per finding,
//! 4-class macro-F1 (per finding and pooled over the three) and reported-F1 (reported =
//! present or uncertain). With an optional `laterality` object per report (finding -> links |
//! rechts | beiderzijds | ""), also the side agreement on findings both gold and engine report.

use std::fmt::Write as _;
use std::path::Path;

use anyhow::Context;
use serde::{Deserialize, Serialize};

use crate::finding::{Finding, ReportStatus};
use crate::text::TextReader;

#[derive(Debug, Clone, Deserialize)]
pub struct GoldReport {
    pub id: String,
    pub text: String,
    #[serde(default)]
    pub split: String,
    pub nodule: String,
    pub pneumothorax: String,
    pub consolidation: String,
    /// Gold side per finding, where labelled.
    #[serde(default)]
    pub laterality: Option<std::collections::BTreeMap<String, String>>,
}

impl GoldReport {
    pub fn gold(&self, f: Finding) -> anyhow::Result<ReportStatus> {
        let s = match f {
            Finding::Nodule => &self.nodule,
            Finding::Pneumothorax => &self.pneumothorax,
            Finding::Consolidation => &self.consolidation,
        };
        s.parse().map_err(|e: String| anyhow::anyhow!("report {}: {e}", self.id))
    }
}

pub fn read_gold(path: &Path, split: Option<&str>) -> anyhow::Result<Vec<GoldReport>> {
    let text = std::fs::read_to_string(path).with_context(|| format!("cannot read {}", path.display()))?;
    let mut out = Vec::new();
    for (i, line) in text.lines().enumerate().filter(|(_, l)| !l.trim().is_empty()) {
        let r: GoldReport = serde_json::from_str(line).with_context(|| format!("{} line {}", path.display(), i + 1))?;
        if split.is_none_or(|s| s.split(',').any(|s| s == r.split)) {
            out.push(r);
        }
    }
    Ok(out)
}

/// Confusion matrix, `m[gold][predicted]`, indexed by position in [`ReportStatus::ALL`].
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Confusion(pub [[u32; 4]; 4]);

fn idx(s: ReportStatus) -> usize {
    ReportStatus::ALL.iter().position(|&x| x == s).expect("closed set")
}

impl Confusion {
    pub fn add(&mut self, gold: ReportStatus, pred: ReportStatus) {
        self.0[idx(gold)][idx(pred)] += 1;
    }

    pub fn merge(&mut self, other: &Confusion) {
        for g in 0..4 {
            for p in 0..4 {
                self.0[g][p] += other.0[g][p];
            }
        }
    }

    fn f1(tp: f64, fp: f64, fn_: f64) -> f64 {
        if tp == 0.0 { if fp == 0.0 && fn_ == 0.0 { 1.0 } else { 0.0 } } else { 2.0 * tp / (2.0 * tp + fp + fn_) }
    }

    /// Mean F1 over the classes that occur in gold or predictions.
    pub fn macro_f1(&self) -> f64 {
        let m = &self.0;
        let mut f1s = Vec::new();
        for (c, row) in m.iter().enumerate() {
            let tp = row[c] as f64;
            let fp: f64 = (0..4).filter(|&g| g != c).map(|g| m[g][c] as f64).sum();
            let fn_: f64 = (0..4).filter(|&p| p != c).map(|p| row[p] as f64).sum();
            if tp + fp + fn_ > 0.0 {
                f1s.push(Self::f1(tp, fp, fn_));
            }
        }
        if f1s.is_empty() { 1.0 } else { f1s.iter().sum::<f64>() / f1s.len() as f64 }
    }

    /// F1 of "reported" (present or uncertain) against not reported.
    pub fn reported_f1(&self) -> f64 {
        let rep = |c: usize| ReportStatus::ALL[c].is_reported();
        let (mut tp, mut fp, mut fn_) = (0.0, 0.0, 0.0);
        for g in 0..4 {
            for p in 0..4 {
                let n = self.0[g][p] as f64;
                match (rep(g), rep(p)) {
                    (true, true) => tp += n,
                    (false, true) => fp += n,
                    (true, false) => fn_ += n,
                    _ => {}
                }
            }
        }
        Self::f1(tp, fp, fn_)
    }
}

/// Results of one evaluation.
#[derive(Debug, Clone, Serialize)]
pub struct Evaluation {
    pub reports: usize,
    pub per_finding: Vec<(Finding, Confusion)>,
    pub pooled: Confusion,
    /// (id, finding, gold, predicted, trigger) for every miss.
    pub errors: Vec<(String, Finding, ReportStatus, ReportStatus, String)>,
    /// Side agreement (agree, compared) on findings that gold and engine both report.
    pub laterality: (usize, usize),
}

pub fn evaluate(reader: &TextReader, gold: &[GoldReport]) -> anyhow::Result<Evaluation> {
    let mut per: [Confusion; 3] = Default::default();
    let mut errors = Vec::new();
    let mut laterality = (0, 0);
    let reported = |s: ReportStatus| matches!(s, ReportStatus::Present | ReportStatus::Uncertain);
    for r in gold {
        let got = reader.read(&r.text)?;
        for f in Finding::ALL {
            let g = r.gold(f)?;
            let p = got[f.index()].finding.status;
            per[f.index()].add(g, p);
            if let Some(side) = r.laterality.as_ref().and_then(|l| l.get(f.as_str())).filter(|_| reported(g) && reported(p)) {
                laterality.1 += 1;
                laterality.0 += usize::from(got[f.index()].finding.laterality.as_str() == side);
            }
            if g != p {
                errors.push((r.id.clone(), f, g, p, got[f.index()].finding.trigger.clone()));
            }
        }
    }
    let mut pooled = Confusion::default();
    for c in &per {
        pooled.merge(c);
    }
    Ok(Evaluation {
        reports: gold.len(),
        per_finding: Finding::ALL.iter().map(|&f| (f, per[f.index()].clone())).collect(),
        pooled,
        errors,
        laterality,
    })
}

/// The printed report: matrices, then the summary lines.
pub fn render(e: &Evaluation) -> String {
    let mut out = String::new();
    let names: Vec<&str> = ReportStatus::ALL.iter().map(|s| s.as_str()).collect();
    for (f, m) in &e.per_finding {
        let _ = writeln!(out, "{f} (rows: gold, columns: predicted)");
        let _ = writeln!(out, "{:>14} {}", "", names.iter().map(|n| format!("{n:>14}")).collect::<String>());
        for (g, row) in m.0.iter().enumerate() {
            let _ = writeln!(out, "{:>14} {}", names[g], row.iter().map(|n| format!("{n:>14}")).collect::<String>());
        }
        let _ = writeln!(out, "  macro-F1 {:.3}  reported-F1 {:.3}\n", m.macro_f1(), m.reported_f1());
    }
    let per_mean = e.per_finding.iter().map(|(_, m)| m.macro_f1()).sum::<f64>() / e.per_finding.len().max(1) as f64;
    let _ = writeln!(out, "reports: {}", e.reports);
    let _ = writeln!(out, "macro-F1 (4 classes, pooled over findings): {:.3}", e.pooled.macro_f1());
    let _ = writeln!(out, "macro-F1 (mean of per-finding): {per_mean:.3}");
    let _ = writeln!(out, "reported-F1 (present|uncertain, pooled): {:.3}", e.pooled.reported_f1());
    if e.laterality.1 > 0 {
        let (agree, n) = e.laterality;
        let _ = writeln!(out, "laterality agreement (findings both report): {agree}/{n} = {:.3}", agree as f64 / n as f64);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn f1_on_a_hand_computed_matrix() {
        use ReportStatus::*;
        let mut m = Confusion::default();
        for _ in 0..8 {
            m.add(Present, Present);
        }
        m.add(Present, Absent);
        m.add(Absent, Present);
        for _ in 0..9 {
            m.add(Absent, Absent);
        }
        // present: tp 8, fp 1, fn 1 -> 0.8889; absent: tp 9, fp 1, fn 1 -> 0.9
        assert!((m.macro_f1() - (16.0 / 18.0 + 0.9) / 2.0).abs() < 1e-9);
        // reported: tp 8, fp 1, fn 1
        assert!((m.reported_f1() - 16.0 / 18.0).abs() < 1e-9);
    }
}
