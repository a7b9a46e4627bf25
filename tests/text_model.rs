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
