//! The small NLP model beside the lexicon: report text + finding -> 4-class status.
//!
//! Tokenised with the `tokenizers` crate from the card's `tokenizer.json` and run with tract.
//! Described by `models/text-nl/card.toml` (tokenizer, max_length, pad id, lower-casing, label
//! order), checked against its reference pair by a test, like the image model.

use std::path::{Path, PathBuf};
use serde::Deserialize;
use tract_onnx::prelude::*;

use crate::classifier::{PooledPlan, optimized_plan};
use crate::finding::{Finding, ReportStatus};
use super::combine::Override;

#[derive(Debug, Clone, Deserialize)]
struct CardFile {
    name: String,
    version: String,
    onnx: String,
    tokenizer: String,
    max_length: usize,
    pad_id: u32,
    #[serde(default)]
    crlf_to_lf: bool,
    #[serde(default)]
    lowercase: bool,
    #[serde(default)]
    space_after_newline: bool,
    #[serde(default)]
    prefix_space: bool,
    #[serde(default)]
    add_special_tokens: bool,
    labels: Vec<String>,
    findings: Vec<String>,
    /// Where the model's status replaces the lexicon's (see `combine`); none: the lexicon decides.
    #[serde(default)]
    overrides: Vec<OverrideSpec>,
    reference: Option<RefSpec>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct OverrideSpec {
    lexicon: String,
    model: String,
    min_probability: f32,
}

#[derive(Debug, Clone, Deserialize)]
struct RefSpec {
    file: String,
}

/// One reference example: text, finding index, exact ids, PyTorch logits.
#[derive(Debug, Clone, Deserialize)]
pub struct TextReference {
    pub text: String,
    pub finding: usize,
    pub input_ids: Vec<i64>,
    pub logits: Vec<f32>,
}

pub struct TextModel {
    pub path: PathBuf,
    /// "name@version+sha256:<12 hex>".
    pub model_id: String,
    pub max_length: usize,
    /// The card's overrides of the lexicon, in card order.
    pub overrides: Vec<Override>,
    pad_id: u32,
    crlf_to_lf: bool,
    lowercase: bool,
    space_after_newline: bool,
    prefix_space: bool,
    add_special_tokens: bool,
    /// Position of each ReportStatus (in ReportStatus::ALL order) in the model's outputs.
    label_index: [usize; 4],
    /// Model's finding index per Finding.
    finding_index: [i64; 3],
    reference: Option<PathBuf>,
    tokenizer: tokenizers::Tokenizer,
    /// Batch 1, for single (ids, finding) calls.
    plan: PooledPlan,
    /// Batch 3: the three findings of one report in one call (same ids, one row per finding).
    plan3: PooledPlan,
}

impl TextModel {
    pub fn load(card_path: &Path) -> anyhow::Result<Self> {
        let invalid = |why: String| anyhow::anyhow!("text model card {} is not valid: {why}", card_path.display());
        let text = std::fs::read_to_string(card_path).map_err(|e| anyhow::anyhow!("cannot read text model card {}: {e}", card_path.display()))?;
        let card: CardFile = toml::from_str(&text).map_err(|e| invalid(e.to_string()))?;
        let dir = card_path.parent().unwrap_or(Path::new("."));
        let statuses: Vec<ReportStatus> =
            card.labels.iter().map(|l| l.parse::<ReportStatus>()).collect::<Result<_, _>>().map_err(invalid)?;
        let label_index = ReportStatus::ALL.map(|s| statuses.iter().position(|&x| x == s));
        if statuses.len() != 4 || label_index.iter().any(Option::is_none) {
            return Err(invalid(format!("labels must name the four statuses once each, got {:?}", card.labels)));
        }
        let findings: Vec<Finding> = card.findings.iter().map(|f| f.parse::<Finding>()).collect::<Result<_, _>>().map_err(invalid)?;
        let finding_index = Finding::ALL.map(|f| findings.iter().position(|&x| x == f).map(|i| i as i64));
        if finding_index.iter().any(Option::is_none) {
            return Err(invalid(format!("findings must include all three, got {:?}", card.findings)));
        }
        let overrides = card
            .overrides
            .iter()
            .map(|o| {
                let status = |s: &str| s.parse::<ReportStatus>().map_err(|e| invalid(format!("overrides: {e}")));
                let (lexicon, model) = (status(&o.lexicon)?, status(&o.model)?);
                if lexicon == model || !(0.0..=1.0).contains(&o.min_probability) {
                    return Err(invalid(format!("overrides: {} -> {} at {} is not an override", o.lexicon, o.model, o.min_probability)));
                }
                Ok(Override { lexicon, model, min_probability: o.min_probability })
            })
            .collect::<anyhow::Result<Vec<_>>>()?;
        let tokenizer = tokenizers::Tokenizer::from_file(dir.join(&card.tokenizer))
            .map_err(|e| invalid(format!("cannot load tokenizer {}: {e}", card.tokenizer)))?;
        let onnx_path = dir.join(&card.onnx);
        let bytes = std::fs::read(&onnx_path).map_err(|e| invalid(format!("cannot read {}: {e}", onnx_path.display())))?;
        let load = |batch: usize| {
            optimized_plan(&onnx_path, [i64::fact([batch, card.max_length]).into(), i64::fact([batch]).into()])
                .map_err(|e| invalid(format!("cannot load {}: {e:#}", onnx_path.display())))
        };
        let plan = load(1)?;
        let plan3 = load(3)?;
        let sha = crate::classifier::card::hex_sha256(&bytes);
        Ok(TextModel {
            path: card_path.to_path_buf(),
            model_id: format!("{}@{}+sha256:{}", card.name, card.version, &sha[..12]),
            max_length: card.max_length,
            overrides,
            pad_id: card.pad_id,
            crlf_to_lf: card.crlf_to_lf,
            lowercase: card.lowercase,
            space_after_newline: card.space_after_newline,
            prefix_space: card.prefix_space,
            add_special_tokens: card.add_special_tokens,
            label_index: label_index.map(Option::unwrap),
            finding_index: finding_index.map(Option::unwrap),
            reference: card.reference.map(|r| dir.join(r.file)),
            tokenizer,
            plan: PooledPlan::new(plan),
            plan3: PooledPlan::new(plan3),
        })
    }

    /// Token ids exactly as the card says, in its order: CRLF -> LF, lower case, a space after
    /// each line break, a leading space; encode; keep the first max_length ids; pad.
    pub fn encode(&self, text: &str) -> anyhow::Result<Vec<i64>> {
        let mut text = text.to_owned();
        if self.crlf_to_lf {
            text = text.replace("\r\n", "\n");
        }
        if self.lowercase {
            text = text.to_lowercase();
        }
        if self.space_after_newline {
            text = text.replace('\n', "\n ");
        }
        if self.prefix_space {
            text.insert(0, ' ');
        }
        let enc = self.tokenizer.encode(text, self.add_special_tokens).map_err(|e| anyhow::anyhow!("tokenizer: {e}"))?;
        let mut ids: Vec<i64> = enc.get_ids().iter().take(self.max_length).map(|&i| i64::from(i)).collect();
        ids.resize(self.max_length, i64::from(self.pad_id));
        Ok(ids)
    }

    /// Raw logits for token ids and a finding, in the model's label order.
    pub fn logits(&self, ids: &[i64], finding_index: i64) -> anyhow::Result<Vec<f32>> {
        let ids = Tensor::from_shape(&[1, self.max_length], ids)?;
        let f = Tensor::from_shape(&[1], &[finding_index])?;
        let out = self.plan.run(tvec!(ids.into_tvalue(), f.into_tvalue()))?;
        Ok(out[0].to_plain_array_view::<f32>()?.iter().copied().collect())
    }

    /// Probabilities per finding, each in [`ReportStatus::ALL`] order. One tokenisation per report.
    pub fn predict(&self, text: &str) -> anyhow::Result<[[f32; 4]; 3]> {
        let ids = self.encode(text)?;
        let batch_ids: Vec<i64> = ids.iter().copied().cycle().take(3 * self.max_length).collect();
        let ids3 = Tensor::from_shape(&[3, self.max_length], &batch_ids)?;
        let f3 = Tensor::from_shape(&[3], &Finding::ALL.map(|f| self.finding_index[f.index()]))?;
        let out3 = self.plan3.run(tvec!(ids3.into_tvalue(), f3.into_tvalue()))?;
        let all: Vec<f32> = out3[0].to_plain_array_view::<f32>()?.iter().copied().collect();
        let mut out = [[0f32; 4]; 3];
        for f in Finding::ALL {
            let logits = &all[f.index() * 4..f.index() * 4 + 4];
            let max = logits.iter().copied().fold(f32::NEG_INFINITY, f32::max);
            let exp: Vec<f32> = logits.iter().map(|l| (l - max).exp()).collect();
            let sum: f32 = exp.iter().sum();
            for (k, &li) in self.label_index.iter().enumerate() {
                out[f.index()][k] = exp[li] / sum;
            }
        }
        Ok(out)
    }

    /// The card's reference examples, for the reference test.
    pub fn reference(&self) -> anyhow::Result<Vec<TextReference>> {
        let path = self.reference.as_ref().ok_or_else(|| anyhow::anyhow!("{} names no [reference]", self.path.display()))?;
        Ok(serde_json::from_str(&std::fs::read_to_string(path)?)?)
    }
}
