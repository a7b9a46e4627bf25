//! How the lexicon and the text model are combined (documented policy, README "Text model"):
//!
//! 1. The lexicon's status stands unless the model card lists an override for the pair
//!    (lexicon status, model status) and the model's probability reaches that override's
//!    `min_probability`. The card's overrides were chosen by `notebooks/text_model.ipynb` on
//!    cross-fitted model predictions against the lexicon's first-sight statuses on probe rounds
//!    it had not been tuned on (`tests/data/probe_lexicon_before.jsonl`).
//! 2. An overruled finding keeps the lexicon's evidence span (the sentence a reviewer should
//!    read), its trigger says so ("text model p=0.97 over lexicon present") without a trigger
//!    span, and a finding the model calls absent or not mentioned loses its side.
//! 3. Either way the model's own status and probability are reported, and `text_agreement`
//!    says whether it agrees with the final status. Disagreement lowers confidence: the row's
//!    review priority goes up within its band (see `compare::priority`).

use crate::finding::{Laterality, ReportStatus};
use crate::records::TextFinding;

/// The model's view of one finding.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ModelView {
    pub status: ReportStatus,
    pub probability: f32,
}

impl ModelView {
    /// Arg-max over probabilities in [`ReportStatus::ALL`] order.
    pub fn from_probabilities(p: &[f32; 4]) -> Self {
        let (k, &probability) = p.iter().enumerate().fold((0, &p[0]), |a, b| if b.1 > a.1 { b } else { a });
        ModelView { status: ReportStatus::ALL[k], probability }
    }
}

/// One entry of the card's `overrides`: the model's status replaces the lexicon's for this pair
/// at or above `min_probability`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Override {
    pub lexicon: ReportStatus,
    pub model: ReportStatus,
    pub min_probability: f32,
}

/// Applies the policy; returns the final finding and whether the model agrees with it.
pub fn combine(lexicon: TextFinding, model: Option<ModelView>, overrides: &[Override]) -> (TextFinding, Option<bool>) {
    let Some(m) = model else { return (lexicon, None) };
    let mut out = lexicon;
    let rule = overrides.iter().find(|o| o.lexicon == out.status && o.model == m.status && m.probability >= o.min_probability);
    if let Some(rule) = rule {
        out.trigger = if rule.lexicon == ReportStatus::NotMentioned {
            format!("text model p={:.2}", m.probability)
        } else {
            format!("text model p={:.2} over lexicon {}", m.probability, rule.lexicon.as_str())
        };
        out.trigger_start = 0;
        out.trigger_end = 0;
        out.status = m.status;
        if !m.status.is_reported() {
            out.laterality = Laterality::Unspecified;
        }
    }
    let agree = m.status == out.status;
    (out, Some(agree))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::finding::Finding;
    use ReportStatus::*;

    fn lex(status: ReportStatus) -> TextFinding {
        TextFinding {
            finding: Finding::Nodule,
            status,
            evidence: "Nodus RBK.".into(),
            evidence_start: 0,
            evidence_end: 10,
            trigger: String::new(),
            trigger_start: 0,
            trigger_end: 0,
            laterality: Laterality::Right,
        }
    }

    const RULES: [Override; 2] = [
        Override { lexicon: Present, model: Absent, min_probability: 0.9 },
        Override { lexicon: NotMentioned, model: Uncertain, min_probability: 0.95 },
    ];

    #[test]
    fn lexicon_stands_without_a_matching_override() {
        let m = ModelView { status: Uncertain, probability: 0.99 };
        let (f, agree) = combine(lex(Present), Some(m), &RULES);
        assert_eq!((f.status, agree), (Present, Some(false)));
        assert_eq!(f.laterality, Laterality::Right);
        // No overrides at all: the lexicon decides everything.
        let m = ModelView { status: Absent, probability: 0.99 };
        assert_eq!(combine(lex(Present), Some(m), &[]).0.status, Present);
        assert_eq!(combine(lex(Absent), None, &RULES).1, None);
    }

    #[test]
    fn a_listed_pair_overrules_only_when_confident() {
        let m = ModelView { status: Absent, probability: 0.95 };
        let (f, agree) = combine(lex(Present), Some(m), &RULES);
        assert_eq!((f.status, agree), (Absent, Some(true)));
        assert_eq!(f.trigger, "text model p=0.95 over lexicon present");
        assert_eq!((f.evidence_start, f.evidence_end), (0, 10), "the lexicon's evidence stays for the reviewer");
        assert_eq!(f.laterality, Laterality::Unspecified, "an absent finding has no side");
        let m = ModelView { status: Absent, probability: 0.6 };
        assert_eq!(combine(lex(Present), Some(m), &RULES).0.status, Present);
        let m = ModelView { status: Uncertain, probability: 0.97 };
        let (f, _) = combine(lex(NotMentioned), Some(m), &RULES);
        assert_eq!((f.status, f.trigger.as_str()), (Uncertain, "text model p=0.97"));
    }

    #[test]
    fn argmax_picks_the_most_probable_status() {
        let v = ModelView::from_probabilities(&[0.1, 0.2, 0.6, 0.1]);
        assert_eq!(v.status, Uncertain);
    }
}
