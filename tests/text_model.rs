//! The bundled text model against its reference examples (tokenizer and model checked
//! separately), and the combined reader on real reports.


use dubbelcheck::finding::{Finding, ReportStatus};
use dubbelcheck::text::model::TextModel;
use dubbelcheck::text::{Lexicon, TextModelMode, TextReader};

mod common;
use common::root;

fn model() -> TextModel {
    TextModel::load(&root().join("models/text-nl/card.toml")).unwrap()
}

#[test]
fn tokenizer_and_model_match_the_reference_examples() {
    let m = model();
    let examples = m.reference().unwrap();
    assert!(examples.len() >= 4);
    for ex in &examples {
        let ids = m.encode(&ex.text).unwrap();
        assert_eq!(ids, ex.input_ids, "tokenisation drifted for {:?}", ex.text);
        let logits = m.logits(&ex.input_ids, ex.finding as i64).unwrap();
        let diff = logits.iter().zip(&ex.logits).map(|(a, b)| (a - b).abs()).fold(0f32, f32::max);
        assert!(diff < 1e-4, "tract differs from PyTorch by {diff} on {:?}", ex.text);
    }
}

#[test]
fn reader_reports_the_models_view_and_keeps_lexicon_evidence() {
    let lexicon = Lexicon::load(&root().join("lexicon")).unwrap();
    let reader = TextReader { lexicon, model: Some(model()), mode: TextModelMode::On };
    let got = reader.read("Verslag: Geen pneumothorax. Consolidatie in de rechter onderkwab.").unwrap();
    let ptx = &got[Finding::Pneumothorax.index()];
    assert_eq!(ptx.finding.status, ReportStatus::Absent, "the lexicon decides when it found a mention");
    assert_eq!(ptx.finding.trigger, "Geen");
    let view = ptx.model.expect("the model ran");
    assert!((0.25..=1.0).contains(&view.probability));
    assert_eq!(ptx.agreement, Some(view.status == ReportStatus::Absent));
    let off = TextReader { lexicon: Lexicon::load(&root().join("lexicon")).unwrap(), model: None, mode: TextModelMode::Off };
    assert!(off.read("Geen afwijkingen.").unwrap().iter().all(|r| r.model.is_none() && r.agreement.is_none()));
}

#[test]
fn one_batched_call_per_report_equals_three_single_calls() {
    let m = model();
    for ex in m.reference().unwrap() {
        let batched = m.predict(&ex.text).unwrap();
        let ids = m.encode(&ex.text).unwrap();
        for f in Finding::ALL {
            let logits = m.logits(&ids, f.index() as i64).unwrap();
            let max = logits.iter().copied().fold(f32::NEG_INFINITY, f32::max);
            let sum: f32 = logits.iter().map(|l| (l - max).exp()).sum();
            // Card label order is present, absent, uncertain, not_mentioned = ReportStatus::ALL.
            for k in 0..4 {
                let single = (logits[k] - max).exp() / sum;
                assert!((single - batched[f.index()][k]).abs() < 1e-5, "{f} {k}: {single} vs {}", batched[f.index()][k]);
            }
        }
    }
}

#[test]
fn the_model_overrules_the_lexicon_only_as_its_card_allows() {
    let m = model();
    let overrides = m.overrides.clone();
    assert!(!overrides.is_empty(), "the bundled card lists its overrides");
    let with = TextReader { lexicon: Lexicon::load(&root().join("lexicon")).unwrap(), model: Some(m), mode: TextModelMode::On };
    let without = TextReader::lexicon_only(Lexicon::load(&root().join("lexicon")).unwrap());
    let probes = std::fs::read_to_string(root().join("tests/data/probe_reports.jsonl")).unwrap();
    let mut overruled = 0;
    for line in probes.lines().take(1500) {
        let r: serde_json::Value = serde_json::from_str(line).unwrap();
        let text = r["text"].as_str().unwrap();
        for (a, b) in with.read(text).unwrap().iter().zip(without.read(text).unwrap()) {
            let (lexicon, fin) = (b.finding.status, a.finding.status);
            if lexicon == fin {
                assert_eq!(a.finding.trigger, b.finding.trigger, "{}: unchanged status keeps the lexicon's trigger", r["id"]);
                continue;
            }
            overruled += 1;
            let view = a.model.unwrap();
            assert_eq!(view.status, fin, "{}: only the model's own status can replace the lexicon's", r["id"]);
            let rule = overrides.iter().find(|o| o.lexicon == lexicon && o.model == fin);
            assert!(rule.is_some_and(|o| view.probability >= o.min_probability), "{}: {lexicon} -> {fin} at p={} is not in the card", r["id"], view.probability);
            assert!(a.finding.trigger.starts_with("text model p="), "{}: {}", r["id"], a.finding.trigger);
            assert_eq!((a.finding.evidence_start, a.finding.evidence_end), (b.finding.evidence_start, b.finding.evidence_end));
        }
    }
    assert!(overruled > 0, "no report in the sample was overruled");
}
