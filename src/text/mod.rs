//! Stage 4, text: Dutch report -> what it says about each finding.
//!
//! [`lexicon`] loads the reviewed rule files from `lexicon/`; [`engine`] applies them; [`model`]
//! is the small NLP model beside them; [`combine`] is the documented policy joining the two.

pub mod combine;
pub mod engine;
pub mod lexicon;
pub mod model;

pub use engine::extract;
pub use lexicon::{Lexicon, LexiconSource};

use crate::records::TextFinding;
use combine::ModelView;
use model::TextModel;

/// How the text model takes part.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum TextModelMode {
    /// Lexicon only.
    Off,
    /// Lexicon and model combined (see `combine`).
    On,
    /// The model alone (for the ablation in eval-text only).
    Only,
}

/// What the text stage says about one finding.
#[derive(Debug, Clone, PartialEq)]
pub struct Reading {
    /// The final status with its evidence and trigger.
    pub finding: TextFinding,
    /// The model's own view, when it ran.
    pub model: Option<ModelView>,
    /// Whether the model agrees with the final status.
    pub agreement: Option<bool>,
}

/// The text stage: lexicon engine plus optional model.
pub struct TextReader {
    pub lexicon: Lexicon,
    pub model: Option<TextModel>,
    pub mode: TextModelMode,
}

impl TextReader {
    pub fn lexicon_only(lexicon: Lexicon) -> Self {
        TextReader { lexicon, model: None, mode: TextModelMode::Off }
    }

    /// Reads one report: three readings in [`Finding::ALL`] order.
    pub fn read(&self, text: &str) -> anyhow::Result<[Reading; 3]> {
        let lex = extract(&self.lexicon, text);
        let probs = match (&self.model, self.mode) {
            (Some(m), TextModelMode::On | TextModelMode::Only) => Some(m.predict(text)?),
            _ => None,
        };
        let overrides = self.model.as_ref().map_or(&[][..], |m| &m.overrides[..]);
        Ok(lex.map(|t| {
            let view = probs.map(|p| ModelView::from_probabilities(&p[t.finding.index()]));
            match self.mode {
                TextModelMode::Only => {
                    let v = view.expect("Only mode has a model");
                    let mut f = t.clone();
                    f.status = v.status;
                    f.trigger = format!("text model p={:.2}", v.probability);
                    Reading { finding: f, model: view, agreement: Some(true) }
                }
                _ => {
                    let (finding, agreement) = combine::combine(t, view, overrides);
                    Reading { finding, model: view, agreement }
                }
            }
        }))
    }

    pub fn model_id(&self) -> Option<String> {
        match self.mode {
            TextModelMode::Off => None,
            _ => self.model.as_ref().map(|m| m.model_id.clone()),
        }
    }
}

