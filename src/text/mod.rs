//! Stage 4, text: Dutch report -> what it says about each finding.
//!
//! [`lexicon`] loads the reviewed rule files from `lexicon/`; [`engine`] applies them.

pub mod engine;
pub mod lexicon;

pub use engine::extract;
pub use lexicon::{Lexicon, LexiconSource};
