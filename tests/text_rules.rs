//! Behaviour of the Dutch report engine on the cases in tests/data/text_cases.toml, and the
//! lexicon lint. Cases marked `known_failure` must still fail (so a fix is noticed).

use std::path::PathBuf;

use dubbelcheck::finding::Finding;
use dubbelcheck::text::{Lexicon, LexiconSource, extract, lexicon::lint};

mod common;
use common::root;

fn lexicon_dir() -> PathBuf {
    root().join("lexicon")
}

#[test]
fn lexicon_passes_lint() {
    let src = LexiconSource::read(&lexicon_dir()).unwrap();
    let problems = lint(&src);
    assert!(problems.is_empty(), "lexicon problems:\n{}", problems.join("\n"));
}

#[test]
fn lint_catches_typos_duplicates_and_unknown_labels() {
    let src = LexiconSource::read(&lexicon_dir()).unwrap();
    let mut bad = src.clone();
    bad.context = bad.context.replacen("phrase = \"geen\"", "phrase = \"geen \"", 1);
    assert!(lint(&bad).iter().any(|p| p.contains("stray whitespace")), "{:?}", lint(&bad));
    let mut bad = src.clone();
    bad.terms = bad.terms.replacen("finding = \"nodule\"", "finding = \"nodulle\"", 1);
    assert!(lint(&bad).iter().any(|p| p.contains("nodulle")), "{:?}", lint(&bad));
    let mut bad = src.clone();
    bad.terms = bad.terms.replacen("\"klaplong\",", "\"klaplong\",\n  \"klaplong\",", 1);
    assert!(lint(&bad).iter().any(|p| p.contains("appears twice")), "{:?}", lint(&bad));
    let mut bad = src.clone();
    bad.terms = bad.terms.replacen("\"klaplong\",", "\"klap(long\",", 1);
    assert!(!lint(&bad).is_empty());
    let mut bad = src.clone();
    bad.sections = bad.sections.replacen("\"longen helder\"", "\"longen ?helder\"", 1);
    assert!(lint(&bad).iter().any(|p| p.contains("quantified space")), "{:?}", lint(&bad));
    // A literal trigger that [lookalikes] also makes is said twice.
    let mut bad = src.clone();
    bad.context = bad.context.replacen(
        "[[trigger]]\n",
        "[[trigger]]\nphrase = \"waarschijnlijk vaatstructuur\"\nqualifier = \"uncertain\"\ndirection = \"backward\"\nscope = \"sentence\"\npriority = 20\n\n[[trigger]]\n",
        1,
    );
    assert!(lint(&bad).iter().any(|p| p.contains("also made by [lookalikes]")), "{:?}", lint(&bad));
    let mut bad = src;
    bad.context = bad.context.replacen("qualifier = \"negated\"", "qualifier = \"negative\"", 1);
    assert!(!lint(&bad).is_empty());
}

#[derive(serde::Deserialize)]
struct Cases {
    case: Vec<Case>,
}

#[derive(serde::Deserialize)]
struct Case {
    name: String,
    text: String,
    nodule: Option<String>,
    pneumothorax: Option<String>,
    consolidation: Option<String>,
    laterality_nodule: Option<String>,
    laterality_pneumothorax: Option<String>,
    laterality_consolidation: Option<String>,
    #[serde(default)]
    known_failure: bool,
}

#[test]
fn engine_honours_every_rule_case() {
    let lex = Lexicon::load(&lexicon_dir()).unwrap();
    let cases: Cases =
        toml::from_str(&std::fs::read_to_string(root().join("tests/data/text_cases.toml")).unwrap()).unwrap();
    assert!(cases.case.len() >= 30);
    let mut failures = Vec::new();
    for case in &cases.case {
        let got = extract(&lex, &case.text);
        let mut wrong = Vec::new();
        for f in Finding::ALL {
            let (want, want_side) = match f {
                Finding::Nodule => (&case.nodule, &case.laterality_nodule),
                Finding::Pneumothorax => (&case.pneumothorax, &case.laterality_pneumothorax),
                Finding::Consolidation => (&case.consolidation, &case.laterality_consolidation),
            };
            let g = &got[f.index()];
            if let Some(w) = want
                && g.status.as_str() != w {
                    wrong.push(format!("{f}: want {w}, got {} (trigger '{}', evidence '{}')", g.status, g.trigger, g.evidence));
                }
            if let Some(side) = want_side
                && g.laterality.as_str() != side {
                    wrong.push(format!("{f} side: want '{side}', got '{}'", g.laterality));
                }
        }
        match (wrong.is_empty(), case.known_failure) {
            (false, false) => failures.push(format!("{}: {}", case.name, wrong.join("; "))),
            (true, true) => failures.push(format!("{}: passes now; remove known_failure", case.name)),
            _ => {}
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

#[test]
fn evidence_offsets_point_into_the_original_text() {
    let lex = Lexicon::load(&lexicon_dir()).unwrap();
    let text = "Klinische gegevens: koorts.\nVerslag: Één kleine consolidatie rechts onder, géén pneumothorax.";
    let got = extract(&lex, text);
    for t in &got {
        let slice: String = text.chars().skip(t.evidence_start as usize).take((t.evidence_end - t.evidence_start) as usize).collect();
        assert_eq!(slice, t.evidence, "{:?}", t.finding);
    }
    let c = &got[Finding::Consolidation.index()];
    assert_eq!(c.status.as_str(), "present");
    assert!(c.evidence.starts_with("Één kleine consolidatie"), "{}", c.evidence);
    assert_eq!(got[Finding::Pneumothorax.index()].trigger, "géén");
}

#[test]
fn trigger_offsets_point_at_the_cue_in_every_corpus_and_probe_report() {
    let lex = Lexicon::load(&lexicon_dir()).unwrap();
    let mut corpus = std::fs::read_to_string(root().join("tests/data/reports.jsonl")).unwrap();
    // The probe reports include unedited speech recognition ("infiltraat vraagteken").
    corpus += &std::fs::read_to_string(root().join("tests/data/probe_reports.jsonl")).unwrap();
    let mut cues = 0;
    for line in corpus.lines() {
        let r: serde_json::Value = serde_json::from_str(line).unwrap();
        let text = r["text"].as_str().unwrap();
        for t in extract(&lex, text) {
            let slice: String = text.chars().skip(t.trigger_start as usize).take((t.trigger_end - t.trigger_start) as usize).collect();
            assert_eq!(slice, t.trigger, "{} {:?}", r["id"], t.finding);
            // The cue lies inside its evidence sentence.
            if !t.trigger.is_empty() {
                assert!(t.evidence_start <= t.trigger_start && t.trigger_end <= t.evidence_end, "{} {:?}", r["id"], t.finding);
                assert!(!t.trigger.trim().is_empty(), "{} {:?}: blank trigger", r["id"], t.finding);
                cues += 1;
            }
        }
    }
    assert!(cues > 3000, "only {cues} cues in the corpus and probes");
}
