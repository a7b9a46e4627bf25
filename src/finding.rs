//! The closed set of findings this tool audits, and the status vocabularies that go with them.
//!
//! Every other place that names a finding (lexicon files, model cards, table columns, AI score
//! files) is parsed into [`Finding`] so a typo fails loudly instead of silently matching nothing.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

/// A radiological finding that the image classifier scores and the report engine looks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Finding {
    /// Lung nodule or mass (nodus, rondhaard, massa, tumor, metastasen, granuloom).
    Nodule,
    /// Pneumothorax (PTX, klaplong, hydropneumothorax).
    Pneumothorax,
    /// Airspace consolidation (consolidatie, infiltraat, pneumonie).
    Consolidation,
}

impl Finding {
    /// All findings, in the fixed order used for every table and model output.
    pub const ALL: [Finding; 3] = [Finding::Nodule, Finding::Pneumothorax, Finding::Consolidation];

    pub fn as_str(self) -> &'static str {
        match self {
            Finding::Nodule => "nodule",
            Finding::Pneumothorax => "pneumothorax",
            Finding::Consolidation => "consolidation",
        }
    }

    /// Position in [`Finding::ALL`].
    pub fn index(self) -> usize {
        self as usize
    }
}

/// Parses a lower-case name, as it appears in lexicon files, cards and score files.
macro_rules! str_enum {
    ($ty:ident, $what:literal, [$($variant:ident => $name:literal),+ $(,)?]) => {
        impl $ty {
            pub fn as_str(self) -> &'static str {
                match self { $($ty::$variant => $name),+ }
            }
        }
        impl FromStr for $ty {
            type Err = String;
            fn from_str(s: &str) -> Result<Self, String> {
                match s.trim().to_ascii_lowercase().as_str() {
                    $($name => Ok($ty::$variant),)+
                    other => Err(format!(
                        concat!("unknown ", $what, " '{}' (expected one of: {})"),
                        other,
                        [$($name),+].join(", ")
                    )),
                }
            }
        }
        impl fmt::Display for $ty {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}
#[allow(unused_imports)]
pub(crate) use str_enum;

impl FromStr for Finding {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s.trim().to_ascii_lowercase().as_str() {
            "nodule" => Ok(Finding::Nodule),
            "pneumothorax" => Ok(Finding::Pneumothorax),
            "consolidation" => Ok(Finding::Consolidation),
            other => Err(format!(
                "unknown finding '{other}' (expected one of: nodule, pneumothorax, consolidation)"
            )),
        }
    }
}

impl fmt::Display for Finding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// What the report finally asserts about a finding on the current examination.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ReportStatus {
    Present,
    Absent,
    Uncertain,
    NotMentioned,
}

str_enum!(ReportStatus, "report status", [
    Present => "present",
    Absent => "absent",
    Uncertain => "uncertain",
    NotMentioned => "not_mentioned",
]);

impl ReportStatus {
    pub const ALL: [ReportStatus; 4] = [
        ReportStatus::Present,
        ReportStatus::Absent,
        ReportStatus::Uncertain,
        ReportStatus::NotMentioned,
    ];

    /// "Reported" in the evaluation sense: the radiologist said it is, or may be, there.
    pub fn is_reported(self) -> bool {
        matches!(self, ReportStatus::Present | ReportStatus::Uncertain)
    }
}

/// How the AI and the report disagree for one study and finding.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Discrepancy {
    /// AI positive; the report says absent or does not mention it.
    Unreported,
    /// AI positive; the report only hedges.
    Hedged,
    /// The report says present; the AI score is below its threshold.
    Unconfirmed,
    /// Both agree.
    None,
}

str_enum!(Discrepancy, "discrepancy", [
    Unreported => "unreported",
    Hedged => "hedged",
    Unconfirmed => "unconfirmed",
    None => "none",
]);

/// Which side of the chest a mention refers to; written in Dutch as in the reports.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Laterality {
    Left,
    Right,
    Both,
    Unspecified,
}

str_enum!(Laterality, "laterality", [
    Left => "links",
    Right => "rechts",
    Both => "beiderzijds",
    Unspecified => "",
]);

impl Serialize for Laterality {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

impl Laterality {
    /// Combine two mentions' sides: left + right = both.
    pub fn merge(self, other: Laterality) -> Laterality {
        use Laterality::*;
        match (self, other) {
            (Unspecified, x) | (x, Unspecified) => x,
            (a, b) if a == b => a,
            _ => Both,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip_and_typos_are_rejected() {
        for f in Finding::ALL {
            assert_eq!(f.as_str().parse::<Finding>().unwrap(), f);
        }
        for s in ReportStatus::ALL {
            assert_eq!(s.as_str().parse::<ReportStatus>().unwrap(), s);
        }
        let err = "nodulle".parse::<Finding>().unwrap_err();
        assert!(err.contains("nodulle"), "{err}");
        assert!("maybe".parse::<ReportStatus>().is_err());
    }

    #[test]
    fn laterality_merges_sides() {
        assert_eq!(Laterality::Left.merge(Laterality::Right), Laterality::Both);
        assert_eq!(Laterality::Unspecified.merge(Laterality::Left), Laterality::Left);
        assert_eq!(Laterality::Right.merge(Laterality::Right), Laterality::Right);
    }
}
