//! Stage 5, compare: AI call and report status -> discrepancy type and review priority.

use crate::finding::{Discrepancy, ReportStatus};

/// unreported: AI positive, report absent or silent; hedged: AI positive, report uncertain;
/// unconfirmed: report present, AI below threshold; none otherwise.
pub fn discrepancy(ai_positive: bool, status: ReportStatus) -> Discrepancy {
    match (ai_positive, status) {
        (true, ReportStatus::Absent | ReportStatus::NotMentioned) => Discrepancy::Unreported,
        (true, ReportStatus::Uncertain) => Discrepancy::Hedged,
        (false, ReportStatus::Present) => Discrepancy::Unconfirmed,
        _ => Discrepancy::None,
    }
}

/// Review order. The type sets the band (unreported 3, hedged 2, unconfirmed 1, none 0); within
/// a band the AI score orders (scaled into [0, 0.5]) and a text model that disagrees with the
/// lexicon adds 0.49 (less confidence in the report reading: look sooner). Bands never touch, so
/// every unreported row outranks every other.
pub fn priority(d: Discrepancy, ai_score: f32, text_disagreement: bool) -> f64 {
    let band = match d {
        Discrepancy::Unreported => 3.0,
        Discrepancy::Hedged => 2.0,
        Discrepancy::Unconfirmed => 1.0,
        Discrepancy::None => 0.0,
    };
    // Rounded so that the table is byte-identical across platforms' last-bit differences.
    let within = f64::from(ai_score.clamp(0.0, 1.0)) * 0.5 + if text_disagreement { 0.49 } else { 0.0 };
    band + (within * 1e6).round() / 1e6
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_status_maps_as_documented() {
        use Discrepancy::*;
        use ReportStatus as S;
        let table = [
            (true, S::Absent, Unreported),
            (true, S::NotMentioned, Unreported),
            (true, S::Uncertain, Hedged),
            (true, S::Present, None),
            (false, S::Present, Unconfirmed),
            (false, S::Uncertain, None),
            (false, S::Absent, None),
            (false, S::NotMentioned, None),
        ];
        for (ai, status, want) in table {
            assert_eq!(discrepancy(ai, status), want, "{ai} {status}");
        }
    }

    #[test]
    fn unreported_outranks_everything_and_score_orders_within() {
        assert!(priority(Discrepancy::Unreported, 0.0, false) > priority(Discrepancy::Hedged, 1.0, true));
        assert!(priority(Discrepancy::Hedged, 0.0, false) > priority(Discrepancy::Unconfirmed, 1.0, true));
        assert!(priority(Discrepancy::Unreported, 0.9, false) > priority(Discrepancy::Unreported, 0.6, false));
        assert!(priority(Discrepancy::Unreported, 0.6, true) > priority(Discrepancy::Unreported, 0.6, false));
    }
}
