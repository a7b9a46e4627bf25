//! How the lexicon and the text model are combined (documented policy, README "Text model"):
//!
//! 1. When the lexicon found the finding (a mention, with or without a cue, or a normal
//!    statement), its status stands: it has evidence and a trigger a reviewer can check.
//! 2. When the lexicon says not_mentioned and the model says present or uncertain with
//!    probability at least the card's `override_probability`, the model's status is used; the
//!    trigger says so ("text model p=0.97") and there is no evidence span. This catches mentions
//!    no rule foresaw. The model never turns silence into "absent": without a phrase that is not
//!    evidence (on dev it did so wrongly for pneumothorax).
//! 3. Either way the model's own status and probability are reported, and `text_agreement`
//!    says whether it agrees with the final status. Disagreement lowers confidence: the row's
//!    review priority goes up within its band (see `compare::priority`).

use crate::finding::ReportStatus;
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

/// Applies the policy; returns the final finding and whether the model agrees with it.
pub fn combine(lexicon: TextFinding, model: Option<ModelView>, override_probability: f32) -> (TextFinding, Option<bool>) {
    let Some(m) = model else { return (lexicon, None) };
    let mut out = lexicon;
    if out.status == ReportStatus::NotMentioned && m.status.is_reported() && m.probability >= override_probability {
        out.status = m.status;
        out.trigger = format!("text model p={:.2}", m.probability);
    }
    let agree = m.status == out.status;
    (out, Some(agree))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::finding::{Finding, Laterality};

    fn lex(status: ReportStatus) -> TextFinding {
        TextFinding {
            finding: Finding::Nodule,
            status,
            evidence: String::new(),
            evidence_start: 0,
            evidence_end: 0,
            trigger: String::new(),
            trigger_start: 0,
            trigger_end: 0,
            laterality: Laterality::Unspecified,
        }
    }

    #[test]
    fn lexicon_decides_when_it_found_something() {
        let m = ModelView { status: ReportStatus::Absent, probability: 0.99 };
        let (f, agree) = combine(lex(ReportStatus::Present), Some(m), 0.9);
        assert_eq!((f.status, agree), (ReportStatus::Present, Some(false)));
    }

    #[test]
    fn model_fills_in_only_when_confident() {
        let m = ModelView { status: ReportStatus::Present, probability: 0.95 };
        let (f, agree) = combine(lex(ReportStatus::NotMentioned), Some(m), 0.9);
        assert_eq!((f.status, agree), (ReportStatus::Present, Some(true)));
        assert!(f.trigger.starts_with("text model p=0.95"));
        let m = ModelView { status: ReportStatus::Present, probability: 0.6 };
        let (f, agree) = combine(lex(ReportStatus::NotMentioned), Some(m), 0.9);
        assert_eq!((f.status, agree), (ReportStatus::NotMentioned, Some(false)));
        assert_eq!(combine(lex(ReportStatus::Absent), None, 0.9).1, None);
        // Silence never becomes "absent" on the model's word.
        let m = ModelView { status: ReportStatus::Absent, probability: 0.99 };
        assert_eq!(combine(lex(ReportStatus::NotMentioned), Some(m), 0.9).0.status, ReportStatus::NotMentioned);
    }

    #[test]
    fn argmax_picks_the_most_probable_status() {
        let v = ModelView::from_probabilities(&[0.1, 0.2, 0.6, 0.1]);
        assert_eq!(v.status, ReportStatus::Uncertain);
    }
}
